import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Choices, ErrorSummary, GuardInputs, TextArea, TextInput } from '../components/Form'
import { Layout } from '../components/Layout'
import { SentenceWithLink } from '../components/SentenceWithLink'
import { href, type PageContext } from '../context'

export type JoinValues = Record<string, string>

/** "Become a member city": a long form in plain sections, usable without script. */
export function JoinPage({
  ctx,
  guard,
  values,
  errors,
  countries,
}: {
  ctx: PageContext
  guard: GuardFields
  values: JoinValues
  errors: FieldErrors
  countries: { value: string; label: string }[]
}) {
  const { t } = ctx
  const hasErrors = Object.keys(errors).length > 0
  const input = (name: string, label: string, max: number, extra: { type?: 'email' | 'tel'; required?: boolean; hint?: string; autoComplete?: string } = {}) => (
    <TextInput
      name={name}
      label={t(label)}
      value={values[name]}
      error={errors[name]}
      maxLength={max}
      required={extra.required ?? true}
      type={extra.type}
      hint={extra.hint ? t(extra.hint) : undefined}
      autoComplete={extra.autoComplete}
    />
  )
  return (
    <Layout ctx={ctx} title={hasErrors ? `${t('form.errorPrefix')} ${t('join.title')}` : t('join.title')} description={t('join.intro')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('join.title')} />
      <h1>{t('join.title')}</h1>
      <p className="lead">{t('join.intro')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={href(ctx.locale, '/join')} className="form" noValidate>
        <GuardInputs ctx={ctx} guard={guard} />
        <h2>{t('join.cityHeading')}</h2>
        {input('cityName', 'join.city', 120)}
        <div className={errors.country ? 'form-group form-group--error' : 'form-group'}>
          <label htmlFor="field-country">{t('join.country')}</label>
          {errors.country ? (
            <p className="error-message" id="error-country">
              {errors.country}
            </p>
          ) : null}
          <select id="field-country" name="country" defaultValue={values.country ?? ''} aria-describedby={errors.country ? 'error-country' : undefined} required>
            <option value="">{t('join.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        {input('population', 'join.population', 40, { required: false, hint: 'join.populationHint' })}
        <h2>{t('join.applicantHeading')}</h2>
        {input('applicantName', 'form.name', 120, { autoComplete: 'name' })}
        {input('applicantRole', 'join.role', 160, { autoComplete: 'organization-title' })}
        {input('applicantEmail', 'form.email', 254, { type: 'email', autoComplete: 'email' })}
        {input('applicantPhone', 'join.phone', 40, { type: 'tel', required: false, autoComplete: 'tel' })}
        <h2>{t('join.leaderHeading')}</h2>
        {input('leaderName', 'join.leaderName', 120)}
        {input('leaderRole', 'join.leaderRole', 160)}
        <h2>{t('join.focalPointHeading')}</h2>
        <p className="hint">{t('join.focalPointHint')}</p>
        {input('focalPointName', 'join.focalPointName', 120)}
        {input('focalPointEmail', 'join.focalPointEmail', 254, { type: 'email' })}
        <h2>{t('join.aboutHeading')}</h2>
        <TextArea name="motivation" label={t('join.motivation')} value={values.motivation} error={errors.motivation} required maxLength={5000} />
        <TextArea name="preventionWork" label={t('join.preventionWork')} value={values.preventionWork} error={errors.preventionWork} required maxLength={5000} />
        <Choices
          name="consent"
          legend={t('join.consentLegend')}
          multiple
          selected={values.consent ? [values.consent] : []}
          error={errors.consent}
          options={[
            {
              value: 'yes',
              label: <SentenceWithLink sentence={t('join.consent')} placeholder="terms" href={href(ctx.locale, '/terms')} label={t('join.consentTerms')} />,
            },
          ]}
        />
        <button type="submit" className="button">
          {t('join.submit')}
        </button>
      </form>
    </Layout>
  )
}
