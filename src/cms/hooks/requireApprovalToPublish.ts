import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../access/roles'

/**
 * When the network requires it, a city focal point can save drafts of their
 * city but an editor must publish them.
 */
export const requireApprovalToPublish: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!hasRole(req.user, 'city-editor') || hasRole(req.user, 'admin', 'editor')) return data
  if (data?._status !== 'published') return data
  const settings = await req.payload.findGlobal({ slug: 'site-settings', req, depth: 0 })
  if (settings?.cityEditorsNeedApproval) {
    throw new APIError('An editor must publish changes to this city. Save your changes as a draft and let the network team know.', 403, undefined, true)
  }
  return data
}
