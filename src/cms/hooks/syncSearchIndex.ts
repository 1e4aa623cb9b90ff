import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { searchEngine } from '../../search/engine'
import { syncDocument } from '../../search/sync'

/** Keeps the search index in step within the same request: no stale results. */
export const syncSearchIndex: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await syncDocument(req.payload, collection.slug, doc.id, req)
  return doc
}

export const unindexDeleted: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await searchEngine(req.payload).remove(`${collection.slug}:${doc.id}`)
  return doc
}

/** A renamed theme changes what finds the documents tagged with it, in every language. */
export const reindexTaggedDocuments: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const engine = searchEngine(req.payload)
  const keys = new Set([...(await engine.keysWithFacet('theme', doc.slug)), ...(previousDoc?.slug ? await engine.keysWithFacet('theme', previousDoc.slug) : [])])
  for (const key of keys) {
    const [collection, id] = key.split(':')
    await syncDocument(req.payload, collection, id, req)
  }
  return doc
}
