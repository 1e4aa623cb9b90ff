import type { CollectionAfterChangeHook } from 'payload'

/** A file is exactly as visible as the resource it belongs to. */
export const shareAudienceWithFile: CollectionAfterChangeHook = async ({ doc, req }) => {
  const fileId = typeof doc.file === 'object' && doc.file ? doc.file.id : doc.file
  if (!fileId) return doc
  const audience = doc._status === 'published' ? doc.audience : 'members'
  await req.payload.update({ collection: 'documents', id: fileId, data: { audience }, req, overrideAccess: true, depth: 0 })
  return doc
}
