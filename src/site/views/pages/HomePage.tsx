import type { CitySummary } from '../../../services/cities/types'
import type { RegionSummary } from '../../../services/regions/list-regions'
import { CityList } from '../components/CityList'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'

type Props = { ctx: PageContext; latest: CitySummary[]; cityCount: number; countryCount: number; regions: RegionSummary[] }

export function HomePage({ ctx, latest, cityCount, countryCount, regions }: Props) {
  const { t, site } = ctx
  return (
    <Layout ctx={ctx} title={site.networkName} description={site.introduction || t('home.title')}>
      <h1>{t('home.title')}</h1>
      {site.introduction ? <p className="lead">{site.introduction}</p> : null}
      <p className="stat">{t('home.stats', { count: cityCount, countries: countryCount })}</p>
      <h2 id="latest-heading">{t('home.latestCities')}</h2>
      {latest.length ? <CityList ctx={ctx} cities={latest} labelledBy="latest-heading" /> : <p>{t('home.empty')}</p>}
      {cityCount > 0 ? <p><a href={href(ctx.locale, '/cities')}>{t('home.allCities', { count: cityCount })}</a></p> : null}
      {regions.length ? (
        <>
          <h2 id="regions-heading">{t('home.exploreRegions')}</h2>
          <ul className="inline-list" aria-labelledby="regions-heading">
            {regions.map((r) => (
              <li key={r.slug}><a href={href(ctx.locale, `/regions/${r.slug}`)}>{r.name}</a></li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  )
}
