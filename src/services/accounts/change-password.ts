import type { Payload } from 'payload'
import { parseInput } from '../../content/app-error'
import { refuseStoredInput } from '../site/refuse-stored-input'
import { confirmPassword, ZPasswordChangeSchema } from './accounts'

/** A new password for a signed-in member, who gives the current one first. */
export async function changePassword(payload: Payload, userId: number, values: Record<string, string>): Promise<void> {
  const data = parseInput(ZPasswordChangeSchema, values)
  await confirmPassword(payload, userId, data.current, 'current')
  await payload.update({ collection: 'users', id: userId, data: { password: data.password }, overrideAccess: true }).catch(refuseStoredInput)
}
