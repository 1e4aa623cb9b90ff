import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { parseInput } from '../../content/app-error'
import { refuseStoredInput } from '../site/refuse-stored-input'
import { confirmPassword, mailAccountLink, ZEmailChangeSchema } from './accounts'

/**
 * A new address, asked for with the current password, is confirmed from its
 * own inbox before it replaces the old one. An address another account
 * already uses gets no mail, and the reply is the same, so the form reveals
 * nobody's membership.
 */
export async function requestEmailChange(payload: Payload, userId: number, values: Record<string, string>, locale: Locale, origin: string): Promise<void> {
  const { email: newEmail, emailPassword } = parseInput(ZEmailChangeSchema, values)
  await confirmPassword(payload, userId, emailPassword, 'emailPassword')
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: newEmail } }, overrideAccess: true })
  if (totalDocs > 0) return
  const token = randomBytes(24).toString('hex')
  await payload.update({ collection: 'users', id: userId, data: { pendingEmail: newEmail, emailChangeToken: token }, overrideAccess: true }).catch(refuseStoredInput)
  await mailAccountLink(payload, newEmail, locale, 'change', `${origin}/${locale}/account/confirm-email?token=${token}`)
}
