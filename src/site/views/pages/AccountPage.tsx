import { pathTo } from '../../../content/content-types'
import { formatEventTime } from '../../../content/format-event-time'
import { cancelRegistrationPath, registrationPath } from '../../../content/registration-paths'
import type { AccountSummary } from '../../../services/accounts/get-account'
import type { AccountRegistration } from '../../../services/events/list-member-registrations'
import type { LearningView } from '../../../services/training/types'
import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { ErrorSummary, GuardInputs, TextInput } from '../components/Form'
import { Layout } from '../components/Layout'
import { LearningList } from '../components/LearningList'
import { href, type PageContext } from '../context'

export type AccountView = AccountSummary

/** The signed-in member's own page: profile, password, their data, and leaving. */
export function AccountPage({
  ctx,
  account,
  registrations,
  guard,
  errors,
  notice,
  learning,
}: {
  ctx: PageContext
  account: AccountView
  registrations: AccountRegistration[]
  guard: GuardFields
  errors: FieldErrors
  notice?: string
  /** The member's training modules, in progress and completed. */
  learning?: LearningView
}) {
  const { t, locale } = ctx
  const reveal = { show: t('form.showPassword'), hide: t('form.hidePassword') }
  const form = (action: string, children: React.ReactNode, submit: string, className = 'button') => (
    <form method="post" action={href(locale, `/account/${action}`)} className="form" noValidate>
      <GuardInputs ctx={ctx} guard={guard} />
      {children}
      <button type="submit" className={className}>
        {submit}
      </button>
    </form>
  )
  return (
    <Layout ctx={ctx} title={t('account.title')} indexable={false} scripts={[ctx.passwordScript]}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('account.title')} />
      <h1>{t('account.title')}</h1>
      {notice ? (
        <p className="panel" role="status">
          {notice}
        </p>
      ) : null}
      <p className="lead">{t('account.signedInAs', { email: account.email })}</p>
      <p>
        {t('account.benefits')} <a href={href(locale, '/resources')}>{t('library.title')}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h2>{t('registration.accountHeading')}</h2>
      {registrations.length ? (
        <ul className="registrations">
          {registrations.map(({ event, status }) => (
            <li key={event.id}>
              <a href={href(locale, pathTo('event', event.slug))}>{event.title}</a>
              {' · '}
              <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.timeZone, locale)}</time>
              {' · '}
              <a href={href(locale, registrationPath(event.slug))}>{t(`registration.status.${status}`)}</a>
              <form method="post" action={href(locale, cancelRegistrationPath(event.slug))} className="form form--inline">
                <GuardInputs ctx={ctx} guard={guard} />
                <input type="hidden" name="event" value={String(event.id)} />
                <button
                  type="submit"
                  className="button button--secondary"
                  aria-label={`${t(status === 'confirmed' ? 'registration.cancel' : 'registration.leave')}: ${event.title}`}
                >
                  {t(status === 'confirmed' ? 'registration.cancel' : 'registration.leave')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t('registration.accountNone')} <a href={href(locale, '/events')}>{t('events.title')}</a>
        </p>
      )}
      {learning ? <LearningList ctx={ctx} learning={learning} /> : null}
      <h2>{t('account.profile')}</h2>
      {form(
        'profile',
        <>
          <TextInput name="name" label={t('form.name')} value={account.name} error={errors.name} required maxLength={120} autoComplete="name" />
          <TextInput
            name="organisation"
            label={t('form.organisationOptional')}
            value={account.organisation}
            error={errors.organisation}
            maxLength={200}
            autoComplete="organization"
          />
          <TextInput name="city" label={t('account.cityOptional')} value={account.city} error={errors.city} maxLength={120} />
        </>,
        t('account.saveProfile'),
      )}
      {account.canAskForHelp ? (
        <p>
          <a className="button button--secondary" href={href(locale, '/account/help')}>
            {t('account.helpTitle')}
          </a>
        </p>
      ) : null}
      <h2>{t('account.changeEmail')}</h2>
      {account.pendingEmail ? <p className="hint">{t('account.emailPending', { email: account.pendingEmail })}</p> : null}
      {form(
        'email',
        <>
          <TextInput name="email" type="email" label={t('account.newEmail')} error={errors.email} required maxLength={254} autoComplete="email" />
          <TextInput
            name="emailPassword"
            type="password"
            reveal={reveal}
            label={t('account.currentPassword')}
            error={errors.emailPassword}
            required
            maxLength={200}
            autoComplete="current-password"
          />
        </>,
        t('account.changeEmail'),
      )}
      <h2>{t('account.changePassword')}</h2>
      {form(
        'password',
        <>
          <TextInput
            name="current"
            type="password"
            reveal={reveal}
            label={t('account.currentPassword')}
            error={errors.current}
            required
            maxLength={200}
            autoComplete="current-password"
          />
          <TextInput
            name="password"
            type="password"
            reveal={reveal}
            label={t('account.newPassword')}
            hint={t('account.passwordHint')}
            error={errors.password}
            required
            maxLength={200}
            autoComplete="new-password"
          />
        </>,
        t('account.changePassword'),
      )}
      <h2>{t('account.yourData')}</h2>
      <p>
        <a href={href(locale, '/account/data.json')} download>
          {t('account.download')}
        </a>
      </p>
      <h2>{t('account.signOutHeading')}</h2>
      {form('sign-out', null, t('account.signOut'), 'button button--secondary')}
      <h2>{t('account.delete')}</h2>
      <p>{t('account.deleteWarning')}</p>
      {form(
        'delete',
        <TextInput
          name="confirmPassword"
          type="password"
          reveal={reveal}
          label={t('account.currentPassword')}
          error={errors.confirmPassword}
          required
          maxLength={200}
          autoComplete="current-password"
        />,
        t('account.deleteButton'),
        'button button--warning',
      )}
    </Layout>
  )
}
