import type { CitySummary } from '../../../services/cities/types'
import type { EventSummary } from '../../../services/events/list-events'
import type { ArticleSummary } from '../../../services/news/list-news'
import type { TeamMember } from '../../../services/regions/get-hub-team'
import type { RegionSummary } from '../../../services/regions/list-regions'
import { ArticleList } from '../components/ArticleList'
import { EventList } from '../components/EventList'
import { PeopleGrid } from '../components/PeopleGrid'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { CityList } from '../components/CityList'
import { Layout } from '../components/Layout'
import { WorldMap } from '../components/WorldMap'
import { href, type PageContext } from '../context'
import { PagePhoto } from '../components/PagePhoto'

type Props = { ctx: PageContext; region: RegionSummary; cities: CitySummary[]; team: TeamMember[]; upcoming: EventSummary[]; past: EventSummary[]; news: ArticleSummary[] }

export function RegionPage({ ctx, region, cities, team, upcoming, past, news }: Props) {
  const { t, locale } = ctx
  return (
    <Layout ctx={ctx} title={region.name} description={region.summary}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('regions.title'), path: '/regions' }]} current={region.name} />
      <h1>{region.name}</h1>
      {region.summary ? <p className="lead">{region.summary}</p> : null}
      <PagePhoto ctx={ctx} photo={region.photo} />
      <h2 id="region-cities">{t('region.cities')}</h2>
      {cities.length ? (
        <>
          <p className="result-count">{t('cities.count', { count: cities.length })}</p>
          <WorldMap ctx={ctx} cities={cities} filters={{ region: region.slug }} zoom />
          <CityList ctx={ctx} cities={cities} labelledBy="region-cities" />
        </>
      ) : (
        <p className="empty-state">{t('region.empty')}</p>
      )}
      {team.length ? (
        <section aria-labelledby="hub-team">
          <h2 id="hub-team">{t('region.team')}</h2>
          <PeopleGrid people={team} />
        </section>
      ) : null}
      <section aria-labelledby="region-events">
        <h2 id="region-events">{t('region.events')}</h2>
        {upcoming.length ? <EventList ctx={ctx} events={upcoming} /> : <p className="empty-state">{t('events.noneUpcoming')}</p>}
        {past.length ? (
          <>
            <h3>{t('events.past')}</h3>
            <EventList ctx={ctx} events={past.slice(0, 5)} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="region-news">
        <h2 id="region-news">{t('region.news')}</h2>
        {news.length ? (
          <>
            <ArticleList ctx={ctx} articles={news} headingLevel={3} />
            <p>
              <a href={`${href(locale, '/news')}?region=${region.slug}`}>{t('region.allNews', { region: region.name })}</a>
            </p>
          </>
        ) : (
          <p className="empty-state">{t('news.empty')}</p>
        )}
      </section>
    </Layout>
  )
}
