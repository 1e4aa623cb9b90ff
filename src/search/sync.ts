import { indexKey } from './index-key'
import type { Payload, PayloadRequest } from 'payload'
import { searchEngine } from './engine'
import { searchSources, sourceFor } from './sources'

/**
 * Brings one document's index entry in line with its published version:
 * added or replaced when published, removed when unpublished, drafted only
 * or deleted. Runs inside the request that made the change.
 */
export async function syncDocument(payload: Payload, collection: string, id: number | string, req?: PayloadRequest): Promise<void> {
  const source = sourceFor(collection)
  if (!source) return
  const engine = searchEngine(payload)
  const [doc] = await source.indexDocuments(payload, { id: { equals: id } }, req)
  if (!doc) return engine.remove(indexKey(collection, id))
  await engine.upsert([doc])
}

/** Rebuilds the whole index from the published content. */
export async function reindexAll(payload: Payload): Promise<number> {
  const engine = searchEngine(payload)
  await engine.clear()
  let count = 0
  for (const source of searchSources) {
    const docs = await source.indexDocuments(payload, {})
    await engine.upsert(docs)
    count += docs.length
  }
  return count
}

/** A database whose content predates the index (or whose index was emptied) gets it built once. */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const indexed = await searchEngine(payload).search({
    q: '',
    locale: 'en',
    filters: {},
    sort: 'date',
    page: 1,
    pageSize: 1,
    includeMembersOnly: true,
  })
  if (indexed.total > 0) return
  const { totalDocs } = await payload.count({ collection: 'cities', overrideAccess: true })
  if (totalDocs > 0) payload.logger.info(`Built the search index: ${await reindexAll(payload)} documents.`)
}
