import type { Payload } from 'payload'
import { parseInput } from '../../content/app-error'
import { isLinkToken, ZNewPasswordSchema } from './accounts'

/** Sets the new password chosen from a reset link; false when the link is no good (used, expired or not ours). */
export async function resetPassword(payload: Payload, token: string, values: Record<string, string>): Promise<boolean> {
  const { password } = parseInput(ZNewPasswordSchema, values)
  if (!isLinkToken(token)) return false
  return payload
    .resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    .then(() => true)
    .catch(() => false)
}
