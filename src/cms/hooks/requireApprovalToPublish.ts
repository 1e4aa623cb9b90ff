import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../access/roles'
import { l, say } from '../labels'

const editorMustPublish = l(
  'An editor must publish changes to this city. Save your changes as a draft and let the network team know.',
  'Un éditeur doit publier les modifications de cette ville. Enregistrez-les comme brouillon et prévenez l’équipe du réseau.',
  'يجب أن ينشر محرر التغييرات على هذه المدينة. احفظ تغييراتك كمسودة وأبلغ فريق الشبكة.',
)

/**
 * When the network requires it, a city focal point can save drafts of their
 * city but an editor must publish them.
 */
export const requireApprovalToPublish: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!hasRole(req.user, 'city-editor') || hasRole(req.user, 'admin', 'editor')) return data
  if (data?._status !== 'published') return data
  const settings = await req.payload.findGlobal({ slug: 'site-settings', req, depth: 0 })
  if (settings?.cityEditorsNeedApproval) {
    throw new APIError(say(editorMustPublish, req), 403, undefined, true)
  }
  return data
}
