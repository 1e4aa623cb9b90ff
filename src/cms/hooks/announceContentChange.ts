import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { emitContentChange } from '../../shared/content-events'

/**
 * Public pages are cached by the site server, which may run a different
 * Payload instance than the one that saved the change (Next's admin vs the
 * site). Both live in one process, so a process-wide event reaches the cache.
 */
export const announceContentChange: CollectionAfterChangeHook = ({ collection, doc }) => {
  emitContentChange({ collection: collection.slug })
  return doc
}

export const announceContentDelete: CollectionAfterDeleteHook = ({ collection, doc }) => {
  emitContentChange({ collection: collection.slug })
  return doc
}

export const announceGlobalChange: GlobalAfterChangeHook = ({ global, doc }) => {
  emitContentChange({ collection: global.slug })
  return doc
}

export const contentChangeHooks = {
  afterChange: [announceContentChange],
  afterDelete: [announceContentDelete],
}
