import { describe, expect, it } from 'vitest'
import { filterCities, ZCityFiltersSchema } from '../../src/services/cities/filter-cities'
import type { CitySummary } from '../../src/services/cities/types'

function city(slug: string, region: string, iso: string, themes: string[]): CitySummary {
  return {
    id: slug,
    slug,
    name: slug,
    country: { isoCode: iso, name: iso },
    region: { slug: region, label: region },
    population: 1,
    latitude: 0,
    longitude: 0,
    themes: themes.map((t) => ({ slug: t, label: t })),
    workingGroups: [],
    memberSince: null,
  }
}

const cities = [city('rotterdam', 'europe', 'NL', ['youth', 'schools']), city('aarhus', 'europe', 'DK', ['youth']), city('nairobi', 'africa', 'KE', ['schools'])]

describe('filterCities', () => {
  it('keeps cities that match every filter', () => {
    expect(filterCities(cities, { region: 'europe', theme: 'schools' }, 'en').results.map((c) => c.slug)).toEqual(['rotterdam'])
  })

  it('counts each option as if the other filters stayed in place', () => {
    const { facets } = filterCities(cities, { region: 'europe' }, 'en')
    expect(facets.region).toEqual([
      { slug: 'africa', label: 'africa', count: 1, selected: false },
      { slug: 'europe', label: 'europe', count: 2, selected: true },
    ])
    expect(facets.theme.find((t) => t.slug === 'schools')?.count).toBe(1)
    expect(facets.country.map((c) => c.slug)).toEqual(['DK', 'NL'])
  })
})

describe('ZCityFiltersSchema', () => {
  it('treats an empty choice as no filter and upper-cases countries', () => {
    expect(ZCityFiltersSchema.parse({ region: '', country: 'nl', utm_source: 'x' })).toEqual({ country: 'NL' })
  })

  it('rejects repeated or malformed values', () => {
    expect(ZCityFiltersSchema.safeParse({ region: ['a', 'b'] }).success).toBe(false)
    expect(ZCityFiltersSchema.safeParse({ theme: '<script>' }).success).toBe(false)
    expect(ZCityFiltersSchema.safeParse({ country: 'NLD' }).success).toBe(false)
  })
})
