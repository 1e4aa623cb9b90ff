import type { CollectionConfig } from 'payload'
import { capApiReads } from '../hooks/capApiReads'
import { keepPublishedLive } from '../hooks/keepPublishedLive'

/**
 * What every collection gets without saying so: capped API reads and, for
 * collections with drafts, live pages that a plain save cannot unpublish.
 * Who reads versions each collection declares itself (`readVersions`):
 * Payload's default lets any signed-in user read every draft, and the access
 * matrix fails for a collection with drafts whose versions are open.
 */
export function withHubDefaults(collection: CollectionConfig): CollectionConfig {
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  const beforeOperation = [capApiReads, ...(drafts ? [keepPublishedLive] : []), ...(collection.hooks?.beforeOperation ?? [])]
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation },
  }
}
