import type { CollectionSlug, DataFromCollectionSlug } from 'payload'
import type { Localized, LocalizedSpec } from './localized'

/**
 * The localized fields of each collection that is read in every language at
 * once (profiles, resources, newsletter issues and the search index), as the
 * collection declares them; tests/unit/localized-fields.test.ts fails when
 * the two part.
 */
export const localizedFields = {
  cities: {
    name: true,
    background: true,
    nationalOverview: true,
    localOverview: true,
    sourceGroups: { title: true, links: { title: true, note: true } },
    initiatives: { title: true, body: true },
    sectorActivities: { body: true },
  },
  events: { title: true, venue: true, summary: true, description: true, agenda: { title: true }, recordings: { title: true } },
  'news-articles': { title: true, summary: true, body: true },
  resources: { title: true, summary: true },
  'newsletter-issues': { title: true, introduction: true },
  // Only what the catalogue and the search index read in every language; lessons' blocks are read one language at a time.
  'training-modules': { title: true, summary: true, lessons: { title: true } },
} as const satisfies Partial<Record<CollectionSlug, LocalizedSpec>>

export type LocalizedSlug = keyof typeof localizedFields

/** A document of the collection as read with `locale: 'all'`. */
export type InEveryLanguage<S extends LocalizedSlug> = Localized<DataFromCollectionSlug<S>, (typeof localizedFields)[S]>

/**
 * Documents Payload returned for a read with `locale: 'all'`, typed as what
 * they are. Payload's generated types describe a read in one language, so
 * this is the one place the types are corrected: the overload states the
 * shape that tests/unit/localized-fields.test.ts keeps true.
 */
export function inEveryLanguage<S extends LocalizedSlug>(collection: S, docs: DataFromCollectionSlug<S>[]): InEveryLanguage<S>[]
export function inEveryLanguage(_collection: LocalizedSlug, docs: unknown[]): unknown[] {
  return docs
}
