import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'
import type { City } from '../../cms/payload-types'
import { readableOne } from '../../content/related'
import { terms, toTerm } from '../site/terms'
import type { CitySummary } from './types'

// The fields the directory selects; the rest of a city stays in the database.
type ListedCity = Pick<City, 'id' | 'name' | 'slug' | 'country' | 'population' | 'latitude' | 'longitude' | 'themes' | 'workingGroups' | 'memberSince'>

export function toCitySummary(doc: ListedCity): CitySummary {
  const country = readableOne(doc.country)
  const region = readableOne(country?.region)
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name ?? doc.slug,
    country: country ? { isoCode: country.isoCode, name: country.name ?? country.isoCode } : null,
    region: region ? toTerm(region) : null,
    population: doc.population ?? null,
    latitude: doc.latitude,
    longitude: doc.longitude,
    themes: terms(doc.themes),
    workingGroups: terms(doc.workingGroups),
    memberSince: doc.memberSince ?? null,
  }
}

/** Every published member city, as the public (no user) may see it. */
export async function listMemberCities(payload: Payload, locale: Locale): Promise<CitySummary[]> {
  const result = await payload.find({
    collection: 'cities',
    locale,
    fallbackLocale: defaultLocale,
    depth: 2,
    pagination: false,
    overrideAccess: false,
    draft: false,
    sort: 'name',
    select: {
      name: true,
      slug: true,
      country: true,
      population: true,
      latitude: true,
      longitude: true,
      themes: true,
      workingGroups: true,
      memberSince: true,
    },
  })
  const cities = result.docs.map(toCitySummary)
  return cities.sort((a, b) => a.name.localeCompare(b.name, locale))
}
