import type { CitySummary } from '../../../../services/cities/types'
import { href, type PageContext } from '../../context'
import { pathTo } from '../../../../content/content-types'

export function CityList({ ctx, cities, labelledBy }: { ctx: PageContext; cities: CitySummary[]; labelledBy?: string }) {
  return (
    <ul id="city-list" className="city-list" aria-labelledby={labelledBy}>
      {cities.map((c) => (
        <li key={c.slug} className="city-list__item">
          <a href={href(ctx.locale, pathTo('city', c.slug))} className="city-list__name">
            {c.name}
          </a>
          {c.country ? (
            <span className="city-list__meta">
              {c.country.name}
              {c.region ? ` · ${c.region.label}` : ''}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
