import type { Access } from 'payload'
import { hasRole } from './roles'

/**
 * A file is readable exactly when a resource that the reader may see uses it:
 * published, and public or (for signed-in members) members-only. A file of a
 * draft resource, or of none, is for staff alone, whatever its own fields say.
 */
export const isStaffOrFileOfReadableResource: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const audiences = hasRole(req.user, 'city-editor', 'member') ? ['public', 'members'] : ['public']
  const { docs } = await req.payload.find({
    collection: 'resources',
    where: { and: [{ _status: { equals: 'published' } }, { audience: { in: audiences } }, { file: { exists: true } }] },
    select: { file: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const fileIds = docs.flatMap((r) => (r.file == null ? [] : [typeof r.file === 'object' ? r.file.id : r.file]))
  return { id: { in: fileIds } }
}
