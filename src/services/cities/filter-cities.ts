import { z } from 'zod'
import type { CitySummary, Term } from './types'

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]*$/)
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v)

/** Query string of the directory. Unknown parameters are ignored; a repeated or malformed one is an error. */
export const ZCityFiltersSchema = z.object({
  region: z.preprocess(emptyToUndefined, slug.optional()),
  country: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((c) => c.toUpperCase())
      .optional(),
  ),
  theme: z.preprocess(emptyToUndefined, slug.optional()),
  group: z.preprocess(emptyToUndefined, slug.optional()),
})

export type CityFilters = z.infer<typeof ZCityFiltersSchema>
export type FacetName = keyof CityFilters
export const facetNames: FacetName[] = ['region', 'country', 'theme', 'group']

export type FacetOption = Term & { count: number; selected: boolean }

function valuesOf(city: CitySummary, facet: FacetName): Term[] {
  switch (facet) {
    case 'region':
      return city.region ? [city.region] : []
    case 'country':
      return city.country ? [{ slug: city.country.isoCode, label: city.country.name }] : []
    case 'theme':
      return city.themes
    case 'group':
      return city.workingGroups
  }
}

function matches(city: CitySummary, filters: CityFilters, except?: FacetName): boolean {
  return facetNames.every((facet) => {
    const wanted = filters[facet]
    return facet === except || !wanted || valuesOf(city, facet).some((t) => t.slug === wanted)
  })
}

/**
 * Applies the filters and counts, for every facet, how many cities each
 * option would give with the other filters kept: the numbers a visitor sees
 * next to each choice.
 */
export function filterCities(cities: CitySummary[], filters: CityFilters, locale: string) {
  const results = cities.filter((c) => matches(c, filters))
  const facets = Object.fromEntries(
    facetNames.map((facet) => {
      const counts = new Map<string, FacetOption>()
      for (const city of cities.filter((c) => matches(c, filters, facet))) {
        for (const t of valuesOf(city, facet)) {
          const option = counts.get(t.slug) ?? { ...t, count: 0, selected: filters[facet] === t.slug }
          option.count += 1
          counts.set(t.slug, option)
        }
      }
      const options = [...counts.values()].sort((a, b) => a.label.localeCompare(b.label, locale))
      return [facet, options]
    }),
  ) as Record<FacetName, FacetOption[]>
  return { results, facets }
}
