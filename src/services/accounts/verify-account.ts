import type { Payload } from 'payload'
import { isLinkToken } from './accounts'

/** Confirms a new member's address from the link mailed to it; false when the link is no good. */
export async function verifyAccount(payload: Payload, token: string): Promise<boolean> {
  if (!isLinkToken(token)) return false
  return payload.verifyEmail({ collection: 'users', token }).catch(() => false)
}
