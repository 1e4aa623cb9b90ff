import type { CollectionSlug } from 'payload'
import type { IndexDocument } from '../types'

/**
 * The one interface a content type implements to be searchable: how a
 * published document (read in every language, depth 2) becomes an index
 * document. A type marked `searchable` in src/content/content-types.ts names
 * its source in sources/index.ts; the collection's publish hooks
 * (src/cms/hooks/publishChange.ts) then keep it indexed.
 */
export type SearchSource = {
  toIndexDocument: (doc: Record<string, any>) => IndexDocument
}

/** A source with the collection its descriptor names. */
export type CollectionSource = SearchSource & { collection: CollectionSlug }
