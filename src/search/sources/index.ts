import { contentTypes, type SearchableTypeName, searchableTypes } from '../../content/content-types'
import { citySource } from './cities'
import { eventSource } from './events'
import { newsSource } from './news'
import { resourceSource } from './resources'
import type { CollectionSource, SearchSource } from './types'

/** One source per type its descriptor marks searchable; a missing one fails the typecheck. */
const sourceOf: Record<SearchableTypeName, SearchSource> = {
  city: citySource,
  resource: resourceSource,
  newsArticle: newsSource,
  event: eventSource,
}

/** Every searchable content type, in the order of the descriptors. */
export const searchSources: CollectionSource[] = searchableTypes.map((type) => ({
  ...sourceOf[type],
  collection: contentTypes[type].collection,
}))

export function sourceFor(collection: string): CollectionSource | undefined {
  return searchSources.find((s) => s.collection === collection)
}
