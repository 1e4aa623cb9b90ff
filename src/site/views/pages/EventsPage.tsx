import { contentTypes } from '../../../content/content-types'
import type { Term } from '../../../services/cities/types'
import type { EventFilter, EventSummary } from '../../../services/events/list-events'
import { eventTypes } from '../../../cms/collections/Events/event-types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { EventList } from '../components/EventList'
import { Layout } from '../components/Layout'
import { ListFilters } from '../components/ListFilters'
import { href, type PageContext } from '../context'

type Props = { ctx: PageContext; upcoming: EventSummary[]; past: EventSummary[]; filter: EventFilter; regions: Term[]; years: number[] }

export function EventsPage({ ctx, upcoming, past, filter, regions, years }: Props) {
  const { t, locale } = ctx
  const base = href(locale, '/events')
  return (
    <Layout
      ctx={ctx}
      title={t('events.title')}
      description={t('events.lead')}
      feeds={[
        { title: t('feeds.events'), href: href(locale, contentTypes.event.feeds.rss), type: 'application/rss+xml' },
        { title: t('feeds.events'), href: href(locale, contentTypes.event.feeds.atom), type: 'application/atom+xml' },
      ]}
    >
      <Breadcrumbs ctx={ctx} trail={[]} current={t('events.title')} />
      <h1>{t('events.title')}</h1>
      <p className="lead">{t('events.lead')}</p>
      <ListFilters
        ctx={ctx}
        action={base}
        selects={[
          { name: 'type', label: t('events.filter.type'), value: filter.type, options: eventTypes.map((v) => ({ value: v, label: t(`events.type.${v}`) })) },
          { name: 'region', label: t('cities.filter.region'), value: filter.region, options: regions.map((x) => ({ value: x.slug, label: x.label })) },
          {
            name: 'year',
            label: t('events.filter.year'),
            value: filter.year ? String(filter.year) : undefined,
            options: years.map((y) => ({ value: String(y), label: String(y) })),
          },
        ]}
      />
      <p className="feed-links">
        <a href={href(locale, '/events/calendar.ics')} download>
          {t('events.calendarAll')}
        </a>{' '}
        · <a href={href(locale, contentTypes.event.feeds.rss)}>{t('feeds.rss')}</a> · <a href={href(locale, contentTypes.event.feeds.atom)}>{t('feeds.atom')}</a>
      </p>
      <h2 id="upcoming">{t('events.upcoming')}</h2>
      {upcoming.length ? <EventList ctx={ctx} events={upcoming} /> : <p className="empty-state">{t('events.noneUpcoming')}</p>}
      <h2 id="past">{t('events.past')}</h2>
      {past.length ? <EventList ctx={ctx} events={past} /> : <p className="empty-state">{t('events.nonePast')}</p>}
    </Layout>
  )
}
