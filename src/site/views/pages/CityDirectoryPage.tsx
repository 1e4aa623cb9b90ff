import type { CityFilters as Filters, FacetName, FacetOption } from '../../../services/cities/filter-cities'
import type { CitySummary } from '../../../services/cities/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { CityFilters } from '../components/CityFilters'
import { CityList } from '../components/CityList'
import { FiltersDisclosure } from '../components/FiltersDisclosure'
import { Layout } from '../components/Layout'
import { WorldMap } from '../components/WorldMap'
import { href, type PageContext } from '../context'

type Props = { ctx: PageContext; filters: Filters; results: CitySummary[]; facets: Record<FacetName, FacetOption[]> }

export function CityDirectoryPage({ ctx, filters, results, facets }: Props) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t('cities.title')} description={t('cities.intro')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('cities.title')} />
      <h1>{t('cities.title')}</h1>
      <p className="lead">{t('cities.intro')}</p>
      <div className="directory">
        <FiltersDisclosure ctx={ctx} id="city-filters" active={Object.values(filters).filter(Boolean).length}>
          <CityFilters ctx={ctx} filters={filters} facets={facets} />
        </FiltersDisclosure>
        <div className="directory__results">
          <p className="result-count" role="status">
            {t('cities.count', { count: results.length })}
          </p>
          {results.length ? (
            <>
              <WorldMap ctx={ctx} cities={results} filters={filters} zoom={Object.values(filters).some(Boolean)} />
              <h2 id="city-list-heading" className="visually-hidden">
                {t('cities.list')}
              </h2>
              <CityList ctx={ctx} cities={results} labelledBy="city-list-heading" />
            </>
          ) : (
            <div className="empty-state">
              <p>{t('cities.noResults')}</p>
              <p>
                {t('cities.noResultsHint')} <a href={href(ctx.locale, '/cities')}>{t('cities.filter.clear')}</a>
              </p>
            </div>
          )}
        </div>
      </div>
    </Layout>
  )
}
