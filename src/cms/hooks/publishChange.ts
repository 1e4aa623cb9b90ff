import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, PayloadRequest } from 'payload'
import { announceContentChange } from '../../shared/content-events'
import { searchEngine } from '../../search/engine'
import { sourceFor } from '../../search/sources'
import { syncDocument } from '../../search/sync'
import { type CommittedWork, whenCommitted } from '../after-commit'

/**
 * The order of publishing, in one place: once the change is committed, the
 * search index is brought in line with it, and only then do the caches of
 * every instance learn of it. A page rendered after the announcement reads
 * committed content and an index that agrees with it. Index work that fails
 * is logged and the change is still announced; `npm run search:reindex` repairs it.
 */
async function settle(payload: Payload, work: CommittedWork[]): Promise<void> {
  const indexing = new Map(work.flatMap((w) => w.index.map((i) => [i.key, i.run] as const)))
  for (const run of indexing.values()) {
    await run().catch((error) => payload.logger.error({ err: error, msg: 'Updating the search index failed; run `npm run search:reindex`.' }))
  }
  await announceContentChange({ collections: [...new Set(work.map((w) => w.collection))] })
}

export function publishAfterCommit(req: PayloadRequest, work: CommittedWork): Promise<void> {
  return whenCommitted(req, work, (all) => settle(req.payload, all))
}

/** Indexed collections re-read the committed document; the rest only announce. */
export const publishChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const slug = collection.slug
  const index = sourceFor(slug) ? [{ key: `${slug}:${doc.id}`, run: () => syncDocument(req.payload, slug, doc.id) }] : []
  await publishAfterCommit(req, { collection: slug, index })
  return doc
}

export const publishDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const slug = collection.slug
  const index = sourceFor(slug) ? [{ key: `${slug}:${doc.id}`, run: () => searchEngine(req.payload).remove(`${slug}:${doc.id}`) }] : []
  await publishAfterCommit(req, { collection: slug, index })
  return doc
}

export const publishGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await publishAfterCommit(req, { collection: global.slug, index: [] })
  return doc
}

/**
 * A renamed theme changes what finds the documents tagged with it, in every
 * language: they are re-indexed after the commit, before the announcement.
 */
export const publishThemeChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const { payload } = req
  const reindexTagged = async () => {
    const engine = searchEngine(payload)
    const slugs = [doc.slug, previousDoc?.slug].filter((s): s is string => Boolean(s))
    const keys = new Set((await Promise.all(slugs.map((s) => engine.keysWithFacet('theme', s)))).flat())
    for (const key of keys) {
      const [collection, id] = key.split(':')
      await syncDocument(payload, collection, id)
    }
  }
  await publishAfterCommit(req, { collection: 'themes', index: [{ key: `themes:${doc.id}`, run: reindexTagged }] })
  return doc
}

export const publishHooks = { afterChange: [publishChange], afterDelete: [publishDelete] }
