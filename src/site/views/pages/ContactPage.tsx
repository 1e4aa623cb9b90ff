import { contactTopics } from '../../../cms/collections/ContactMessages'
import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Choices, ErrorSummary, GuardInputs, TextArea, TextInput } from '../components/Form'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'

export type ContactValues = Partial<Record<'topic' | 'name' | 'email' | 'organisation' | 'message', string>>

export function ContactPage({ ctx, guard, values, errors }: { ctx: PageContext; guard: GuardFields; values: ContactValues; errors: FieldErrors }) {
  const { t } = ctx
  const hasErrors = Object.keys(errors).length > 0
  return (
    <Layout ctx={ctx} title={hasErrors ? `${t('form.errorPrefix')} ${t('contact.title')}` : t('contact.title')} description={t('contact.intro')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('contact.title')} />
      <h1>{t('contact.title')}</h1>
      <p className="lead">{t('contact.intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={href(ctx.locale, '/contact')} className="form" noValidate>
        <GuardInputs ctx={ctx} guard={guard} />
        <Choices
          name="topic"
          legend={t('contact.topic')}
          selected={[values.topic ?? 'general']}
          error={errors.topic}
          options={contactTopics.map((topic) => ({ value: topic, label: t(`contact.topic.${topic}`) }))}
        />
        <TextInput name="name" label={t('form.name')} value={values.name} error={errors.name} required maxLength={120} autoComplete="name" />
        <TextInput
          name="email"
          type="email"
          label={t('form.email')}
          hint={t('contact.emailHint')}
          value={values.email}
          error={errors.email}
          required
          maxLength={254}
          autoComplete="email"
        />
        <TextInput name="organisation" label={t('form.organisationOptional')} value={values.organisation} error={errors.organisation} maxLength={200} autoComplete="organization" />
        <TextArea name="message" label={t('contact.message')} value={values.message} error={errors.message} required maxLength={5000} />
        <p className="hint">{t('contact.privacy')}</p>
        <button type="submit" className="button">
          {t('contact.send')}
        </button>
      </form>
    </Layout>
  )
}
