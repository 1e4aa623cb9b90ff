import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'
import type { CitySummary, Term } from './types'

type Doc = Record<string, any>

function term(doc: unknown, labelField: string): Term | null {
  if (!doc || typeof doc !== 'object') return null // unpublished relations arrive as bare ids
  const d = doc as Doc
  return { slug: d.slug ?? d.isoCode, label: d[labelField] ?? '' }
}

function terms(docs: unknown, labelField: string): Term[] {
  return (Array.isArray(docs) ? docs : []).map((d) => term(d, labelField)).filter((t): t is Term => t !== null)
}

export function toCitySummary(doc: Doc): CitySummary {
  const country = doc.country && typeof doc.country === 'object' ? doc.country : null
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name ?? doc.slug,
    country: country ? { isoCode: country.isoCode, name: country.name } : null,
    region: term(country?.region, 'name'),
    population: doc.population ?? null,
    latitude: doc.latitude,
    longitude: doc.longitude,
    themes: terms(doc.themes, 'label'),
    workingGroups: terms(doc.workingGroups, 'name'),
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
      name: true, slug: true, country: true, population: true, latitude: true,
      longitude: true, themes: true, workingGroups: true, memberSince: true,
    },
  })
  const cities = result.docs.map((d) => toCitySummary(d as Doc))
  return cities.sort((a, b) => a.name.localeCompare(b.name, locale))
}
