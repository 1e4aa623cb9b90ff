import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { TextArea } from '../components/Form'
import { href, type PageContext } from '../context'
import { FormPage } from './FormPage'

/** The help desk: a signed-in person of a member city writes to their region's hub team. */
export function HelpRequestPage({ ctx, guard, values, errors }: { ctx: PageContext; guard: GuardFields; values: { message?: string }; errors: FieldErrors }) {
  const { t } = ctx
  return (
    <FormPage
      ctx={ctx}
      errors={errors}
      guard={guard}
      title={t('account.helpTitle')}
      action={href(ctx.locale, '/account/help')}
      submit={t('account.helpSubmit')}
      intro={<p className="lead">{t('account.helpIntro')}</p>}
    >
      <TextArea name="message" label={t('contact.message')} value={values.message} error={errors.message} required maxLength={5000} />
    </FormPage>
  )
}
