import type { Payload } from 'payload'
import { refuseStoredInput } from '../site/refuse-stored-input'
import { cancelAllRegistrationsOf } from '../events/cancel-registration'
import { forgetLearner } from '../training/forget-learner'
import { confirmPassword } from './accounts'

/** A member leaves the hub, confirming with their password; the places they held pass to the waitlists, and their learning records go. */
export async function deleteAccount(payload: Payload, userId: number, values: Record<string, string>, origin: string): Promise<void> {
  await confirmPassword(payload, userId, values.confirmPassword ?? '', 'confirmPassword')
  await cancelAllRegistrationsOf(payload, userId, origin)
  await forgetLearner(payload, userId)
  await payload.delete({ collection: 'users', id: userId, overrideAccess: true }).catch(refuseStoredInput)
}
