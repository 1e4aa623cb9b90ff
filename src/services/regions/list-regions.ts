import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'

export type RegionSummary = { slug: string; name: string; summary: string }

export async function listRegions(payload: Payload, locale: Locale): Promise<RegionSummary[]> {
  const { docs } = await payload.find({
    collection: 'regions',
    locale,
    fallbackLocale: defaultLocale,
    pagination: false,
    overrideAccess: false,
    draft: false,
    depth: 0,
  })
  return docs.map((d) => ({ slug: d.slug, name: d.name ?? d.slug, summary: d.summary ?? '' })).sort((a, b) => a.name.localeCompare(b.name, locale))
}
