import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../content/locales'
import { parseInput } from '../../content/app-error'
import { mailAccountLink, ZEmailOnlySchema } from './accounts'

/**
 * The forgotten-password form: checks the address, then sends a single-use,
 * expiring link in the background. The caller answers before any lookup, so
 * neither the reply nor its timing tells whether the address has an account;
 * a failure of the lookup or the mail goes to `onFailure`.
 */
export function requestPasswordReset(payload: Payload, values: Record<string, string>, pageLocale: Locale, origin: string, onFailure: (error: unknown) => void): void {
  const { email } = parseInput(ZEmailOnlySchema, values)
  mailResetLink(payload, email, pageLocale, origin).catch(onFailure)
}

async function mailResetLink(payload: Payload, address: string, pageLocale: Locale, origin: string): Promise<void> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: address } }, limit: 1, overrideAccess: true })
  const user = docs[0]
  if (!user) return
  const token = await payload.forgotPassword({ collection: 'users', data: { email: address }, disableEmail: true, expiration: 60 * 60 * 1000 })
  const locale = isLocale(String(user.locale)) ? (user.locale as Locale) : pageLocale
  if (token) await mailAccountLink(payload, address, locale, 'reset', `${origin}/${locale}/account/reset?token=${token}`)
}
