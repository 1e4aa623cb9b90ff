import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { ErrorSummary, GuardInputs } from '../components/Form'
import type { PageContext } from '../context'
import { MessagePage } from './MessagePage'

/** A mailed cancel link opens this one button, so link checkers that open every URL cancel nothing. */
export function CancelRegistrationPage({
  ctx,
  guard,
  eventTitle,
  action,
  errors,
}: {
  ctx: PageContext
  guard: GuardFields
  eventTitle: string
  action: string
  errors: FieldErrors
}) {
  const { t } = ctx
  return (
    <MessagePage ctx={ctx} title={t('registration.cancelLinkTitle')} body={t('registration.cancelLinkBody', { title: eventTitle })}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action}>
        <GuardInputs ctx={ctx} guard={guard} />
        <button type="submit" className="button button--warning">
          {t('registration.cancel')}
        </button>
      </form>
    </MessagePage>
  )
}
