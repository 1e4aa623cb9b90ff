import type { Access, FieldAccess, Where } from 'payload'
import { assignedCityIds, hasRole } from './roles'

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

export const isAdminFieldLevel: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const isStaffFieldLevel: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Fields that only the hub's own code writes (with overrideAccess), never a request. */
export const nobody = () => false

/** Anyone who works in the back office, including city focal points. */
export const canUseBackOffice = ({ req }: { req: { user: unknown } }): boolean => hasRole(req.user as never, 'admin', 'editor', 'city-editor')

export const isBackOfficeUser: Access = ({ req }) => canUseBackOffice({ req })

/** The public sees published documents; staff see drafts too. */
export const isStaffOrPublished: Access = ({ req }) => hasRole(req.user, 'admin', 'editor') || { _status: { equals: 'published' } }

/** City editors additionally see the drafts of their own cities. */
export const isStaffOrCityEditorOfOrPublished: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'city-editor')) {
    const publishedOrOwn: Where = { or: [{ _status: { equals: 'published' } }, { id: { in: assignedCityIds(req.user) } }] }
    return publishedOrOwn
  }
  return { _status: { equals: 'published' } }
}

export const isStaffOrCityEditorOf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'city-editor')) return { id: { in: assignedCityIds(req.user) } }
  return false
}

/** Versions of a city: staff see all; a city editor only those of their own cities. */
export const isStaffOrCityEditorOfVersions: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'city-editor')) return { parent: { in: assignedCityIds(req.user) } }
  return false
}

export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

export const isAnyone: Access = () => true

/** A learner's records (progress, answers, attempts, certificates): staff read all, a member only their own. */
export const isStaffOrOwnLearner: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (req.user) return { member: { equals: req.user.id } }
  return false
}

/** Published documents to their audience (the `audience` field): everyone reads public ones, signed-in members the members-only ones too; staff read drafts. */
export const isStaffOrPublishedToAudience: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'city-editor', 'member')) return { _status: { equals: 'published' } }
  const publishedForEveryone: Where = { and: [{ _status: { equals: 'published' } }, { audience: { equals: 'public' } }] }
  return publishedForEveryone
}
