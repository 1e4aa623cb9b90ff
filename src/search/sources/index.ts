import { contentTypes, type SearchableTypeName, searchableTypes } from '../../content/content-types'
import { inEveryLanguage, type LocalizedSlug } from '../../content/localized-fields'
import { citySource } from './cities'
import { eventSource } from './events'
import { newsSource } from './news'
import { resourceSource } from './resources'
import { trainingModuleSource } from './training-modules'
import type { CollectionSource, SearchSource } from './types'

type CollectionOf<T extends SearchableTypeName> = (typeof contentTypes)[T]['collection']

/** One source per type its descriptor marks searchable; a missing one fails the typecheck. */
const sourceOf: { [T in SearchableTypeName]: SearchSource<CollectionOf<T>> } = {
  city: citySource,
  resource: resourceSource,
  newsArticle: newsSource,
  event: eventSource,
  trainingModule: trainingModuleSource,
}

function bind<S extends LocalizedSlug>(collection: S, source: SearchSource<S>): CollectionSource {
  return {
    collection,
    async indexDocuments(payload, where, req) {
      const { docs } = await payload.find({
        collection,
        where: { and: [where, { _status: { equals: 'published' } }] },
        locale: 'all',
        depth: 2,
        pagination: false,
        draft: false,
        overrideAccess: true,
        req,
      })
      return inEveryLanguage(collection, docs).map(source.toIndexDocument)
    },
  }
}

const bound = <T extends SearchableTypeName>(type: T) => bind(contentTypes[type].collection, sourceOf[type])

/** Every searchable content type, in the order of the descriptors. */
export const searchSources: CollectionSource[] = searchableTypes.map(bound)

export function sourceFor(collection: string): CollectionSource | undefined {
  return searchSources.find((s) => s.collection === collection)
}
