import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'
import { type Picture, toPicture } from '../site/to-picture'

export type RegionSummary = { slug: string; name: string; summary: string; photo: Picture | null }

export async function listRegions(payload: Payload, locale: Locale): Promise<RegionSummary[]> {
  const { docs } = await payload.find({
    collection: 'regions',
    locale,
    fallbackLocale: defaultLocale,
    pagination: false,
    overrideAccess: false,
    draft: false,
    // Only what a list shows, so that depth 1 fills in the photo and not each hub team.
    select: { slug: true, name: true, summary: true, photo: true },
    depth: 1,
  })
  return docs
    .map((d) => ({ slug: d.slug, name: d.name ?? d.slug, summary: d.summary ?? '', photo: toPicture(d.photo, 'wide') }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}
