import type { EventSummary } from '../../../services/events/list-events'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { EventList } from '../components/EventList'
import { Layout } from '../components/Layout'
import type { PageContext } from '../context'

/** The Global Summit: every edition, the next one first. */
export function SummitPage({ ctx, upcoming, past }: { ctx: PageContext; upcoming: EventSummary[]; past: EventSummary[] }) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t('summit.title')} description={t('summit.lead')}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('events.title'), path: '/events' }]} current={t('summit.title')} />
      <h1>{t('summit.title')}</h1>
      <p className="lead">{t('summit.lead')}</p>
      {upcoming.length ? (
        <>
          <h2>{t('summit.next')}</h2>
          <EventList ctx={ctx} events={upcoming} />
        </>
      ) : null}
      <h2>{t('summit.editions')}</h2>
      {past.length ? <EventList ctx={ctx} events={past} /> : <p className="empty-state">{t('events.nonePast')}</p>}
    </Layout>
  )
}
