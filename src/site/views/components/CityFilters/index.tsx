import type { CityFilters as Filters, FacetName, FacetOption } from '../../../../services/cities/filter-cities'
import { href, type PageContext } from '../../context'

const labels: Record<FacetName, string> = {
  region: 'cities.filter.region',
  country: 'cities.filter.country',
  theme: 'cities.filter.theme',
  group: 'cities.filter.workingGroup',
}

function queryWithout(filters: Filters, facet: FacetName): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(filters)) if (value && name !== facet) params.set(name, value)
  const q = params.toString()
  return q ? `?${q}` : ''
}

/** A plain GET form: it works without script and every filtered view has its own address. */
export function CityFilters({ ctx, filters, facets }: { ctx: PageContext; filters: Filters; facets: Record<FacetName, FacetOption[]> }) {
  const { t } = ctx
  const active = (Object.keys(labels) as FacetName[]).filter((f) => filters[f])
  return (
    <form className="filters" method="get" action={href(ctx.locale, '/cities')} aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="filters__heading">
        {t('cities.filters')}
      </h2>
      {(Object.keys(labels) as FacetName[]).map((facet) => (
        <div className="form-group" key={facet}>
          <label htmlFor={`filter-${facet}`}>{t(labels[facet])}</label>
          <select id={`filter-${facet}`} name={facet} defaultValue={filters[facet] ?? ''}>
            <option value="">{t('cities.filter.any')}</option>
            {facets[facet].map((o) => (
              <option key={o.slug} value={o.slug}>
                {t('cities.filter.option', { label: o.label, count: o.count })}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button">
        {t('cities.filter.apply')}
      </button>
      {active.length > 0 ? (
        <ul className="active-filters">
          {active.map((facet) => {
            const label = facets[facet].find((o) => o.slug === filters[facet])?.label ?? filters[facet]!
            return (
              <li key={facet}>
                <a href={href(ctx.locale, '/cities') + queryWithout(filters, facet)}>{t('cities.filter.remove', { label })}</a>
              </li>
            )
          })}
          <li>
            <a href={href(ctx.locale, '/cities')}>{t('cities.filter.clear')}</a>
          </li>
        </ul>
      ) : null}
    </form>
  )
}
