import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import type { InEveryLanguage, LocalizedSlug } from '../../content/localized-fields'
import type { IndexDocument } from '../types'

/**
 * The one interface a content type implements to be searchable: how a
 * published document (read in every language, depth 2) becomes an index
 * document. A type marked `searchable` in src/content/content-types.ts names
 * its source in sources/index.ts; the collection's publish hooks
 * (src/cms/hooks/publishChange.ts) then keep it indexed.
 */
export type SearchSource<S extends LocalizedSlug> = {
  toIndexDocument: (doc: InEveryLanguage<S>) => IndexDocument
}

/** A source bound to its collection: reads the published documents a filter picks, as index documents. */
export type CollectionSource = {
  collection: CollectionSlug
  indexDocuments: (payload: Payload, where: Where, req?: PayloadRequest) => Promise<IndexDocument[]>
}
