import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { locales } from '../../../content/locales'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Choices, ErrorSummary, GuardInputs, TextInput } from '../components/Form'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'

export type NewsletterValues = { email?: string; language?: string; themes: string[]; regions: string[] }
type Option = { value: string; label: string }

export function NewsletterPage({
  ctx,
  guard,
  values,
  errors,
  themes,
  regions,
}: {
  ctx: PageContext
  guard: GuardFields
  values: NewsletterValues
  errors: FieldErrors
  themes: Option[]
  regions: Option[]
}) {
  const { t } = ctx
  const hasErrors = Object.keys(errors).length > 0
  return (
    <Layout ctx={ctx} title={hasErrors ? `${t('form.errorPrefix')} ${t('newsletter.title')}` : t('newsletter.title')} description={t('newsletter.intro')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('newsletter.title')} />
      <h1>{t('newsletter.title')}</h1>
      <p className="lead">{t('newsletter.intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={href(ctx.locale, '/newsletter')} className="form" noValidate>
        <GuardInputs ctx={ctx} guard={guard} />
        <TextInput name="email" type="email" label={t('form.email')} value={values.email} error={errors.email} required maxLength={254} autoComplete="email" />
        <Choices
          name="language"
          legend={t('newsletter.language')}
          selected={[values.language ?? ctx.locale]}
          error={errors.language}
          options={locales.map((l) => ({ value: l.code, label: l.label }))}
        />
        {themes.length ? <Choices name="themes" legend={t('newsletter.themes')} multiple selected={values.themes} options={themes} error={errors.themes} /> : null}
        {regions.length ? <Choices name="regions" legend={t('newsletter.regions')} multiple selected={values.regions} options={regions} error={errors.regions} /> : null}
        <p className="hint">{t('newsletter.privacy')}</p>
        <button type="submit" className="button">
          {t('newsletter.subscribe')}
        </button>
      </form>
    </Layout>
  )
}
