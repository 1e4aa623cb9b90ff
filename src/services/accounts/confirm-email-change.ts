import type { Payload } from 'payload'
import { refuseStoredInput } from '../site/refuse-stored-input'

/** The new address replaces the old one once its link is followed; false when the link is no good. */
export async function confirmEmailChange(payload: Payload, token: string): Promise<boolean> {
  if (!/^[a-f0-9]{48}$/.test(token)) return false
  const { docs } = await payload.find({ collection: 'users', where: { emailChangeToken: { equals: token } }, limit: 1, overrideAccess: true, showHiddenFields: true })
  const user = docs[0]
  if (!user?.pendingEmail) return false
  await payload
    .update({ collection: 'users', id: user.id, data: { email: user.pendingEmail, pendingEmail: null, emailChangeToken: null }, overrideAccess: true })
    .catch(refuseStoredInput)
  return true
}
