import { type Payload, ValidationError } from 'payload'
import type { Locale } from '../../content/locales'
import { parseInput } from '../../content/app-error'
import { spendPasswordHash } from '../../shared/spend-password-hash'
import { refuseStoredInput } from '../site/refuse-stored-input'
import { mailAccountLink, ZRegistrationSchema } from './accounts'

/**
 * A new hub member, from the registration form. The account exists at once
 * but signs in only after the address is confirmed. An address already
 * registered gets the same reply, after the same work (a password hash and
 * one mail, which tells its owner how to sign in), and no new account, so the
 * form reveals nobody's membership.
 */
export async function registerAccount(payload: Payload, values: Record<string, string>, locale: Locale, origin: string): Promise<void> {
  const input = parseInput(ZRegistrationSchema, values)
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: input.email } }, overrideAccess: true })
  if (totalDocs > 0) {
    await spendPasswordHash(input.password)
    await mailAccountLink(payload, input.email, locale, 'exists', `${origin}/${locale}/account/sign-in`)
    return
  }
  const user = await payload
    .create({ collection: 'users', data: { ...input, roles: ['member'], locale }, overrideAccess: true, disableVerificationEmail: true })
    // Two registrations of one new address at once: the second finds the address taken, and is answered as the first.
    .catch((error: unknown) => {
      if (error instanceof ValidationError && error.data.errors.some((e) => e.path === 'email')) return null
      return refuseStoredInput(error)
    })
  if (!user) return
  const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true, overrideAccess: true })
  const token = stored._verificationToken
  if (token) await mailAccountLink(payload, input.email, locale, 'verify', `${origin}/${locale}/account/verify?token=${token}`)
}
