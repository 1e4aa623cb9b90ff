import type { Payload } from 'payload'
import { parseInput } from '../../content/app-error'
import { refuseStoredInput } from '../site/refuse-stored-input'
import { ZProfileSchema } from './accounts'

/** A member's own name, organisation and city, from the account page. */
export async function updateProfile(payload: Payload, userId: number, values: Record<string, string>): Promise<void> {
  const data = parseInput(ZProfileSchema, values)
  await payload.update({ collection: 'users', id: userId, data, overrideAccess: true }).catch(refuseStoredInput)
}
