import { pathTo } from '../../../content/content-types'
import { formatEventMoment, formatEventTime } from '../../../content/format-event-time'
import { cancelRegistrationPath, registrationPath } from '../../../content/registration-paths'
import type { RegistrationView } from '../../../services/events/get-member-registration'
import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { returnQuery } from '../../forms/return-path'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { ErrorSummary, GuardInputs } from '../components/Form'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'

/**
 * One member's registration for an event: their state (confirmed with the
 * joining link, or their place on the waitlist) and what they can do next.
 * Per member and never cached; the event's own page links here.
 */
export function RegistrationPage({ ctx, view, signedIn, guard, errors }: { ctx: PageContext; view: RegistrationView; signedIn: boolean; guard: GuardFields; errors: FieldErrors }) {
  const { t, locale } = ctx
  const { event, window, placesLeft, registration } = view
  const eventHref = href(locale, pathTo('event', event.slug))
  const here = href(locale, registrationPath(event.slug))
  const title = t('registration.pageTitle', { title: event.title })
  const active = registration && registration.status !== 'cancelled' ? registration : null
  const form = (action: string, label: string, className = 'button') => (
    <form method="post" action={action} className="form">
      <GuardInputs ctx={ctx} guard={guard} />
      <input type="hidden" name="event" value={String(event.id)} />
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  )
  return (
    <Layout ctx={ctx} title={title} indexable={false}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { label: t('events.title'), path: '/events' },
          { label: event.title, path: pathTo('event', event.slug) },
        ]}
        current={t('registration.heading')}
      />
      <h1>{title}</h1>
      <dl className="meta-list">
        <dt>{t('events.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.timeZone, locale)}</time>
        </dd>
        <dt>{t('events.where')}</dt>
        <dd>{event.online ? t('events.online') : [event.venue, event.hostCity?.label].filter(Boolean).join(', ')}</dd>
      </dl>
      <ErrorSummary ctx={ctx} errors={errors} />
      {active?.status === 'confirmed' ? (
        <div className="panel" role="status">
          <h2>{t('registration.confirmedTitle')}</h2>
          <p>{t('registration.confirmedBody')}</p>
          {active.joinUrl ? (
            <p>
              <a className="button" href={active.joinUrl}>
                {t('registration.join')}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {active?.status === 'waitlisted' ? (
        <div className="panel" role="status">
          <h2>{t('registration.waitlistedTitle')}</h2>
          <p>{t('registration.waitlistedBody', { place: active.place ?? 1 })}</p>
        </div>
      ) : null}
      {active ? (
        <>
          <h2>{t('registration.cancelHeading')}</h2>
          <p>{t(active.status === 'confirmed' ? 'registration.cancelHint' : 'registration.leaveHint')}</p>
          {form(href(locale, cancelRegistrationPath(event.slug)), t(active.status === 'confirmed' ? 'registration.cancel' : 'registration.leave'), 'button button--secondary')}
        </>
      ) : window === 'open' ? (
        <>
          {registration?.status === 'cancelled' ? <p>{t('registration.cancelledBefore')}</p> : null}
          <p>
            {placesLeft === null ? t('registration.noLimit') : placesLeft === 0 ? t('registration.full') : t('registration.placesLeft', { count: placesLeft })}
            {event.registration.closesAt ? ` ${t('registration.closesAt', { date: formatEventMoment(event.registration.closesAt, event.timeZone, locale) })}` : ''}
          </p>
          {signedIn ? (
            form(here, t(placesLeft === 0 ? 'registration.joinWaitlist' : 'registration.register'))
          ) : (
            <>
              <p>{t('registration.membersOnly')}</p>
              <p>
                <a className="button" href={`${href(locale, '/account/sign-in')}${returnQuery(here)}`}>
                  {t('registration.signInToRegister')}
                </a>
              </p>
              <p>
                <a href={href(locale, '/account/register')}>{t('registration.createAccount')}</a>
              </p>
            </>
          )}
        </>
      ) : (
        <p className="panel">{t(`registration.refused.${window}`)}</p>
      )}
      <p>
        <a href={eventHref}>{t('registration.backToEvent')}</a>
      </p>
    </Layout>
  )
}
