import type { CollectionConfig } from 'payload'
import { isStaff } from '../access'
import { capApiReads } from '../hooks/capApiReads'
import { keepPublishedLive } from '../hooks/keepPublishedLive'

/**
 * What every collection gets without saying so: capped API reads and, for
 * collections with drafts, versions readable by staff only (Payload's default
 * lets any signed-in user read every draft) and live pages that a plain save
 * cannot unpublish. A collection may still name its own `readVersions`.
 */
export function withHubDefaults(collection: CollectionConfig): CollectionConfig {
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  const beforeOperation = [capApiReads, ...(drafts ? [keepPublishedLive] : []), ...(collection.hooks?.beforeOperation ?? [])]
  return {
    ...collection,
    access: drafts ? { readVersions: isStaff, ...collection.access } : collection.access,
    hooks: { ...collection.hooks, beforeOperation },
  }
}
