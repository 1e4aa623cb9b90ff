import type { GuardFields } from '../../forms/guard'
import { GuardInputs } from '../components/Form'
import { href, type PageContext } from '../context'
import { MessagePage } from './MessagePage'

/** Confirmation and unsubscribe links show one button: link checkers that open every URL change nothing. */
export function NewsletterTokenPage({ ctx, guard, action, token }: { ctx: PageContext; guard: GuardFields; action: 'confirm' | 'unsubscribe'; token: string }) {
  const { t } = ctx
  return (
    <MessagePage ctx={ctx} title={t(`newsletter.${action}Title`)} body={t(`newsletter.${action}Body`)}>
      <form method="post" action={`${href(ctx.locale, `/newsletter/${action}`)}?token=${encodeURIComponent(token)}`}>
        <GuardInputs ctx={ctx} guard={guard} />
        <button type="submit" className="button">
          {t(`newsletter.${action}Button`)}
        </button>
      </form>
    </MessagePage>
  )
}
