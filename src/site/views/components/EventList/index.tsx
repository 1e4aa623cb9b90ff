import type { EventSummary } from '../../../../services/events/list-events'
import { href, type PageContext } from '../../context'
import { formatEventTime } from '../../../../content/format-event-time'
import { pathTo } from '../../../../content/content-types'
import { venueBeforeCity } from '../../event-venue'

export function EventList({ ctx, events, headingLevel = 3 }: { ctx: PageContext; events: EventSummary[]; headingLevel?: 2 | 3 }) {
  const { t } = ctx
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {events.map((e) => (
        <li key={e.slug} className="card">
          <p className="card__meta">
            <span className="tag">{t(`events.type.${e.type}`)}</span> <time dateTime={e.startsAt}>{formatEventTime(e.startsAt, e.endsAt, e.timeZone, ctx.locale)}</time>
          </p>
          <Heading className="card__title">
            <a href={href(ctx.locale, pathTo('event', e.slug))}>{e.title}</a>
          </Heading>
          <p className="card__place">{e.online ? t('events.online') : [venueBeforeCity(e.venue, e.hostCity?.label), e.hostCity?.label].filter(Boolean).join(', ')}</p>
          {e.summary ? <p>{e.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
