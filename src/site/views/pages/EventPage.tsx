import type { EventDetail } from '../../../services/events/get-event'
import { eventLd } from '../../machine/json-ld'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { PeopleGrid } from '../components/PeopleGrid'
import { RichText } from '../components/RichText'
import { href, type PageContext } from '../context'
import { formatEventMoment, formatEventTime, formatSessionTime, spansDays } from '../../../content/format-event-time'
import { registrationPath } from '../../../content/registration-paths'
import { registrationWindow } from '../../../services/events/registration-window'
import { returnQuery } from '../../forms/return-path'
import { pathTo } from '../../../content/content-types'
import { venueBeforeCity } from '../event-venue'
import { PagePhoto } from '../components/PagePhoto'

export function EventPage({ ctx, event, now = new Date() }: { ctx: PageContext; event: EventDetail; now?: Date }) {
  const { t, locale, origin, site } = ctx
  const url = origin + href(locale, pathTo('event', event.slug))
  const past = new Date(event.endsAt) < now
  const multiDay = spansDays(event.startsAt, event.endsAt, event.timeZone)
  const venue = venueBeforeCity(event.venue, event.hostCity?.label)
  const place = event.online ? t('events.online') : [venue, event.hostCity?.label].filter(Boolean).join(', ')
  const ld = eventLd({
    name: event.title,
    url,
    description: event.summary,
    start: new Date(event.startsAt),
    end: new Date(event.endsAt),
    timeZone: event.timeZone,
    online: event.online,
    venue: event.venue || undefined,
    address: event.hostCity?.label,
    organizer: { name: site.networkName, url: origin + href(locale, '/') },
  })
  const trail =
    event.type === 'summit'
      ? [
          { label: t('events.title'), path: '/events' },
          { label: t('summit.title'), path: '/global-summit' },
        ]
      : [{ label: t('events.title'), path: '/events' }]
  return (
    <Layout ctx={ctx} title={event.title} description={event.summary} jsonLd={[ld]}>
      <Breadcrumbs ctx={ctx} trail={trail} current={event.title} />
      <p className="card__meta">{t(`events.type.${event.type}`)}</p>
      <h1>{event.title}</h1>
      {event.summary ? <p className="lead">{event.summary}</p> : null}
      <PagePhoto ctx={ctx} photo={event.photo} />
      <dl className="meta-list">
        <dt>{t('events.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, event.endsAt, event.timeZone, locale)}</time>
        </dd>
        <dt>{t('events.where')}</dt>
        <dd>
          {event.hostCity && !event.online ? (
            <>
              {venue ? `${venue}, ` : ''}
              <a href={href(locale, pathTo('city', event.hostCity.slug))}>{event.hostCity.label}</a>
            </>
          ) : (
            place
          )}
        </dd>
      </dl>
      <p>
        <a className="button button--secondary" href={href(locale, `${pathTo('event', event.slug)}.ics`)} download>
          {t('events.addToCalendar')}
        </a>
      </p>
      <RichText value={event.description} headingLevel={2} />

      {registrationWindow(event, now) === 'open' ? <RegistrationSection ctx={ctx} event={event} /> : null}

      {event.agenda.length ? (
        <section aria-labelledby="agenda">
          <h2 id="agenda">{t('events.agenda')}</h2>
          <ol className="agenda">
            {event.agenda.map((s, i) => (
              <li key={i}>
                <p className="agenda__time">
                  <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, s.endsAt, event.timeZone, locale, multiDay)}</time>
                </p>
                <p className="agenda__title">{s.title}</p>
                {s.speakers.length ? <p className="agenda__speakers">{s.speakers.map((p) => p.name).join(', ')}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {event.speakers.length ? (
        <section aria-labelledby="speakers">
          <h2 id="speakers">{t('events.speakers')}</h2>
          <PeopleGrid people={event.speakers} />
        </section>
      ) : null}

      {past && (event.recordings.length || event.outcomes.length) ? (
        <section aria-labelledby="outcomes">
          <h2 id="outcomes">{t('events.afterwards')}</h2>
          <ul>
            {event.recordings.map((r) => (
              <li key={r.url}>
                <a href={r.url}>{r.title}</a>
              </li>
            ))}
            {event.outcomes.map((r) => (
              <li key={r.slug}>
                <a href={href(locale, pathTo('resource', r.slug))}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {event.cities.length || event.resources.length ? (
        <section aria-labelledby="related">
          <h2 id="related">{t('events.related')}</h2>
          <ul>
            {event.cities.map((c) => (
              <li key={c.slug}>
                <a href={href(locale, pathTo('city', c.slug))}>{c.label}</a>
              </li>
            ))}
            {event.resources.map((r) => (
              <li key={r.slug}>
                <a href={href(locale, pathTo('resource', r.slug))}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  )
}

/**
 * How to register: the same for every visitor, so the page stays shared and
 * cached; each member's own state is on the registration page it links to.
 */
function RegistrationSection({ ctx, event }: { ctx: PageContext; event: EventDetail }) {
  const { t, locale } = ctx
  const page = href(locale, registrationPath(event.slug))
  const { capacity, closesAt } = event.registration
  return (
    <section aria-labelledby="registration">
      <h2 id="registration">{t('registration.heading')}</h2>
      <p>
        {capacity === null ? t('registration.noLimit') : t('registration.capacity', { count: capacity })}
        {closesAt ? ` ${t('registration.closesAt', { date: formatEventMoment(closesAt, event.timeZone, locale) })}` : ''}
      </p>
      <p>
        <a className="button" href={page}>
          {t('registration.registerOrSee')}
        </a>
      </p>
      <p className="hint">
        {t('registration.membersOnly')} <a href={`${href(locale, '/account/sign-in')}${returnQuery(page)}`}>{t('registration.signInToRegister')}</a>
      </p>
    </section>
  )
}
