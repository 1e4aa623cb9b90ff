import type { CitySummary } from '../../../services/cities/types'
import type { RegionSummary } from '../../../services/regions/list-regions'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { CityList } from '../components/CityList'
import { Layout } from '../components/Layout'
import { WorldMap } from '../components/WorldMap'
import type { PageContext } from '../context'

export function RegionPage({ ctx, region, cities }: { ctx: PageContext; region: RegionSummary; cities: CitySummary[] }) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={region.name} description={region.summary}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('regions.title'), path: '/regions' }]} current={region.name} />
      <h1>{region.name}</h1>
      {region.summary ? <p className="lead">{region.summary}</p> : null}
      <h2 id="region-cities">{t('region.cities')}</h2>
      {cities.length ? (
        <>
          <p className="result-count">{t('cities.count', { count: cities.length })}</p>
          <WorldMap ctx={ctx} cities={cities} />
          <CityList ctx={ctx} cities={cities} labelledBy="region-cities" />
        </>
      ) : (
        <p className="empty-state">{t('region.empty')}</p>
      )}
    </Layout>
  )
}
