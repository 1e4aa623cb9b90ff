import { type CityFilters, facetNames } from '../../services/cities/filter-cities'
import type { Locale } from '../../content/locales'
import { href } from './context'

/** The member-city directory with these filters, in the order the filter form sends them. */
export function directoryHref(locale: Locale, filters: CityFilters): string {
  const params = new URLSearchParams()
  for (const name of facetNames) {
    const value = filters[name]
    if (value) params.set(name, value)
  }
  const query = params.toString()
  return href(locale, '/cities') + (query ? `?${query}` : '')
}
