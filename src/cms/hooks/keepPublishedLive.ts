import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A save that names no status, on a document with a pending draft, goes into
 * that draft. Payload would otherwise write the draft over the live document
 * and unpublish it (or drop the draft), so a page could vanish from the site
 * without anyone choosing to unpublish it.
 */
export const keepPublishedLive: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const update = args as { id?: number | string; draft?: boolean; data?: { _status?: unknown } }
  if (update.draft || update.id === undefined || update.data?._status !== undefined) return args
  const { docs } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { parent: { equals: update.id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0]?.version as { _status?: string } | undefined
  return latest?._status === 'draft' ? { ...args, draft: true } : args
}
