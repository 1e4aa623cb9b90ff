import { citySource } from './cities'
import { eventSource } from './events'
import { newsSource } from './news'
import { resourceSource } from './resources'
import type { SearchSource } from './types'

/** Every searchable content type. A new one implements SearchSource and is listed here. */
export const searchSources: SearchSource[] = [citySource, resourceSource, newsSource, eventSource]

export function sourceFor(collection: string): SearchSource | undefined {
  return searchSources.find((s) => s.collection === collection)
}
