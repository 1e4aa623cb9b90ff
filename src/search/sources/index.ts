import { citySource } from './cities'
import { resourceSource } from './resources'
import type { SearchSource } from './types'

/** Every searchable content type. A new one implements SearchSource and is listed here. */
export const searchSources: SearchSource[] = [citySource, resourceSource]

export function sourceFor(collection: string): SearchSource | undefined {
  return searchSources.find((s) => s.collection === collection)
}
