import type { CollectionConfig } from 'payload'
import { isOnlyCityEditor } from '../access/roles'
import { capApiReads } from '../hooks/capApiReads'
import { keepPublishedLive } from '../hooks/keepPublishedLive'

/**
 * What every collection gets without saying so: capped API reads and, for
 * collections with drafts, live pages that a plain save cannot unpublish.
 * Who reads versions each collection declares itself (`readVersions`):
 * Payload's default lets any signed-in user read every draft, and the access
 * matrix fails for a collection with drafts whose versions are open.
 * City editors change only their cities (and their own account, from the
 * account page), so every other collection stays out of their navigation.
 */
export function withHubDefaults(collection: CollectionConfig): CollectionConfig {
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  const beforeOperation = [capApiReads, ...(drafts ? [keepPublishedLive] : []), ...(collection.hooks?.beforeOperation ?? [])]
  return {
    ...collection,
    admin: { ...collection.admin, hidden: collection.admin?.hidden ?? (collection.slug === 'cities' ? undefined : ({ user }) => isOnlyCityEditor(user)) },
    hooks: { ...collection.hooks, beforeOperation },
  }
}
