import type { CollectionBeforeOperationHook } from 'payload'
import { canUseBackOffice } from '../access'

// Enough for any page the site builds; a probe asking for depth=10&limit=100 of cities got 55 MB.
const MAX_DEPTH = 2
const MAX_LIMIT = 100

/**
 * Caps what one REST or GraphQL read may ask for when the asker is not a
 * back-office user, so nobody can make the server build huge answers.
 * The hub's own code (the Local API) and the back office are not capped.
 */
export const capApiReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || canUseBackOffice({ req })) return args
  const read = args as { id?: unknown; depth?: number; limit?: number; pagination?: boolean }
  const depth = Math.min(read.depth ?? MAX_DEPTH, MAX_DEPTH)
  if (read.id !== undefined) return { ...args, depth }
  // limit=0 and pagination=false both mean "everything" to Payload; no limit at all means its default of 10.
  const limit = read.limit === undefined ? undefined : read.limit === 0 || read.limit > MAX_LIMIT ? MAX_LIMIT : read.limit
  return { ...args, depth, limit, pagination: true }
}
