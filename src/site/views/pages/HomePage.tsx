import type { CitySummary } from '../../../services/cities/types'
import type { RegionSummary } from '../../../services/regions/list-regions'
import type { EventSummary } from '../../../services/events/list-events'
import type { ArticleSummary } from '../../../services/news/list-news'
import { organizationLd } from '../../machine/json-ld'
import { ArticleList } from '../components/ArticleList'
import { CityList } from '../components/CityList'
import { EventList } from '../components/EventList'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'
import { pathTo } from '../../../content/content-types'

type Props = {
  ctx: PageContext
  hero: string
  latest: CitySummary[]
  cityCount: number
  countryCount: number
  regions: RegionSummary[]
  news: ArticleSummary[]
  events: EventSummary[]
}

export function HomePage({ ctx, hero, latest, cityCount, countryCount, regions, news, events }: Props) {
  const { t, site } = ctx
  return (
    <Layout
      ctx={ctx}
      title={site.networkName}
      description={site.introduction || t('home.title')}
      jsonLd={[organizationLd({ name: site.networkName, url: ctx.origin + href(ctx.locale, '/') })]}
    >
      <div className="hero">
        <div className="hero__text">
          <h1>{t('home.title')}</h1>
          {site.introduction ? <p className="lead">{site.introduction}</p> : null}
          <p className="stat">{t('home.stats', { count: cityCount, countries: countryCount })}</p>
          <p className="hero__actions">
            <a className="button" href={href(ctx.locale, '/cities')}>
              {t('home.exploreCities')}
            </a>
            <a className="button button--secondary" href={href(ctx.locale, '/join')}>
              {t('nav.join')}
            </a>
          </p>
        </div>
        {/* Decoration: a skyline of linked cities. The text beside it says everything it shows. */}
        {/* biome-ignore lint/performance/noImgElement: public pages are static HTML, not Next pages; the SVG is one small cached file */}
        <img className="hero__image" src={hero} alt="" width={1200} height={360} />
      </div>
      <h2 id="latest-heading">{t('home.latestCities')}</h2>
      {latest.length ? <CityList ctx={ctx} cities={latest} labelledBy="latest-heading" /> : <p>{t('home.empty')}</p>}
      {cityCount > 0 ? (
        <p>
          <a href={href(ctx.locale, '/cities')}>{t('home.allCities', { count: cityCount })}</a>
        </p>
      ) : null}
      {events.length ? (
        <section aria-labelledby="home-events">
          <h2 id="home-events">{t('events.upcoming')}</h2>
          <EventList ctx={ctx} events={events} />
          <p>
            <a href={href(ctx.locale, '/events')}>{t('home.allEvents')}</a>
          </p>
        </section>
      ) : null}
      {news.length ? (
        <section aria-labelledby="home-news">
          <h2 id="home-news">{t('home.latestNews')}</h2>
          <ArticleList ctx={ctx} articles={news} headingLevel={3} />
          <p>
            <a href={href(ctx.locale, '/news')}>{t('home.allNews')}</a>
          </p>
        </section>
      ) : null}
      {regions.length ? (
        <>
          <h2 id="regions-heading">{t('home.exploreRegions')}</h2>
          <ul className="inline-list" aria-labelledby="regions-heading">
            {regions.map((r) => (
              <li key={r.slug}>
                <a href={href(ctx.locale, pathTo('region', r.slug))}>{r.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  )
}
