import type { IndexDocument } from '../types'

/**
 * The one interface a content type implements to be searchable: which
 * collection it is, and how a published document (read in every language,
 * depth 2) becomes an index document. Register it in sources/index.ts; the
 * collection's publish hooks (src/cms/hooks/publishChange.ts) then keep it indexed.
 */
export type SearchSource = {
  collection: string
  toIndexDocument: (doc: Record<string, any>) => IndexDocument
}
