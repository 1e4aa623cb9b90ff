import type { SearchParams } from '../../../../services/search/search-params'
import type { LabelledFacet } from '../../../../services/search/run-search'
import type { PageContext } from '../../context'
import { searchHref } from '../../search-href'

const MAX_OPTIONS = 12

/** Facets as links: each click narrows (or widens) the search, and works without script. */
export function FacetList({ ctx, base, params, facets }: { ctx: PageContext; base: string; params: SearchParams; facets: LabelledFacet[] }) {
  const { t } = ctx
  const visible = facets.filter((f) => f.options.length > 0 || f.selected)
  if (!visible.length) return null
  return (
    <nav className="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading" className="facets__heading">
        {t('search.refine')}
      </h2>
      {visible.map((facet) => (
        <div className="facet" key={facet.name}>
          <h3 className="facet__name" id={`facet-${facet.name}`}>
            {t(`search.facet.${facet.name}`)}
          </h3>
          <ul aria-labelledby={`facet-${facet.name}`}>
            {facet.options.slice(0, MAX_OPTIONS).map((o) => {
              const selected = facet.selected === o.value
              return (
                <li key={o.value}>
                  <a
                    href={searchHref(base, params, { [facet.name]: selected ? undefined : o.value })}
                    aria-current={selected ? 'true' : undefined}
                    className={selected ? 'facet__option facet__option--selected' : 'facet__option'}
                  >
                    {selected ? t('cities.filter.remove', { label: o.label }) : o.label} <span className="facet__count">({new Intl.NumberFormat(ctx.locale).format(o.count)})</span>
                  </a>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </nav>
  )
}
