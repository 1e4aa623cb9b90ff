import type { Payload } from 'payload'
import { refuseStoredInput } from '../site/refuse-stored-input'
import { confirmPassword } from './accounts'

/** A member leaves the hub, confirming with their password. */
export async function deleteAccount(payload: Payload, userId: number, values: Record<string, string>): Promise<void> {
  await confirmPassword(payload, userId, values.confirmPassword ?? '', 'confirmPassword')
  await payload.delete({ collection: 'users', id: userId, overrideAccess: true }).catch(refuseStoredInput)
}
