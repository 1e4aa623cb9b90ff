import type { DataFromCollectionSlug, Payload } from 'payload'
import { languageName } from '../../content/i18n/language-name'
import type { Locale } from '../../content/locales'
import { findPublished } from '../site/find-published'
import { GenerationCache } from '../../shared/generation-cache'
import type { SearchFacet } from '../../search/types'

/** Display name of a facet value in the page's language. */
export type FacetLabeler = (facet: SearchFacet, value: string) => string

type Vocabularies = Record<'theme' | 'region' | 'country' | 'sector', Map<string, string>>

const cache = new GenerationCache<Promise<Vocabularies>>(100)

type Vocabulary = 'themes' | 'regions' | 'countries' | 'sectors'

/** Each published term of a vocabulary by the value facets carry, with its name in the page's language. */
async function names<S extends Vocabulary>(payload: Payload, collection: S, entry: (d: DataFromCollectionSlug<S>) => [string, string | null | undefined], locale: Locale) {
  const { docs } = await findPublished(payload, collection, locale, { depth: 0 })
  return new Map(
    docs.map((d) => {
      const [key, name] = entry(d)
      return [key, name ?? '']
    }),
  )
}

function vocabularies(payload: Payload, locale: Locale): Promise<Vocabularies> {
  let found = cache.get(locale)
  if (!found) {
    const startedAt = cache.currentGeneration()
    found = Promise.all([
      names(payload, 'themes', (d) => [d.slug, d.label], locale),
      names(payload, 'regions', (d) => [d.slug, d.name], locale),
      names(payload, 'countries', (d) => [d.isoCode, d.name], locale),
      names(payload, 'sectors', (d) => [d.slug, d.name], locale),
    ]).then(([theme, region, country, sector]) => ({ theme, region, country, sector }))
    cache.set(locale, found, startedAt)
  }
  return found
}

/**
 * Labels for every facet, and which values the public may see: a published
 * resource may carry a theme, region or sector that is still a draft, and
 * that term stays out of the facets until it is published. Vocabularies are
 * read once per language until content changes.
 */
export async function facetLabeler(
  payload: Payload,
  locale: Locale,
  typeLabel: (type: string) => string,
): Promise<{ label: FacetLabeler; isPublic: (facet: SearchFacet, value: string) => boolean }> {
  const vocab = await vocabularies(payload, locale)
  const isPublic = (facet: SearchFacet, value: string) => facet === 'type' || facet === 'language' || vocab[facet].has(value)
  const label: FacetLabeler = (facet, value) => {
    if (facet === 'type') return typeLabel(value)
    if (facet === 'language') return languageName(value, locale)
    return vocab[facet].get(value) || value
  }
  return { label, isPublic }
}
