import { randomBytes } from 'node:crypto'
import { createElement } from 'react'
import { createLocalReq, logoutOperation, type Payload, type TypedUser, ValidationError } from 'payload'
import { z } from 'zod'
import { isLocale, type Locale } from '../../content/locales'
import { AccountEmail, type AccountMailKind } from '../../content/emails/AccountEmails'
import { spendPasswordHash } from '../../shared/spend-password-hash'
import { storedText } from '../../shared/stored-text'
import { renderEmail } from '../../content/emails/render-email'
import { createTranslator } from '../../content/i18n/translate'
import { deliverSoon } from '../mail/mail-queue'
import { queueMail } from '../mail/queue-mail'
import { ZPasswordSchema } from './password-policy'

const email = z.string({ message: 'form.error.email' }).trim().toLowerCase().max(254, 'form.error.tooLong').pipe(z.email({ message: 'form.error.email' }))
const name = z.string({ message: 'form.error.name' }).trim().min(1, 'form.error.name').pipe(storedText(120))
const optionalText = (max: number) => storedText(max).optional().default('')

export const ZRegistrationSchema = z.object({ name, email, organisation: optionalText(200), city: optionalText(120), password: ZPasswordSchema })
export const ZSignInSchema = z.object({ email, password: z.string().min(1, 'form.error.password').max(200, 'form.error.tooLong') })
export const ZEmailOnlySchema = z.object({ email })
export const ZNewPasswordSchema = z.object({ password: ZPasswordSchema })
export const ZProfileSchema = z.object({ name, organisation: optionalText(200), city: optionalText(120) })
export const ZPasswordChangeSchema = z.object({ current: z.string().min(1, 'form.error.password'), password: ZPasswordSchema })
export const ZEmailChangeSchema = z.object({ email, emailPassword: z.string().min(1, 'form.error.password') })
export const ZHelpRequestSchema = z.object({ message: z.string().trim().min(10, 'form.error.messageShort').pipe(storedText(5000)) })

async function mailAccountLink(payload: Payload, to: string, locale: Locale, kind: AccountMailKind, url: string) {
  const t = createTranslator(locale)
  const mail = renderEmail(createElement(AccountEmail, { t, locale, kind, url }))
  await queueMail(payload, { to, subject: t(`email.account.${kind}Title`), ...mail })
  deliverSoon(payload)
}

/**
 * A new hub member. The account exists at once but signs in only after the
 * address is confirmed. An address already registered gets the same reply,
 * after the same work (a password hash and one mail, which tells its owner
 * how to sign in), and no new account, so the form reveals nobody's membership.
 */
export async function register(payload: Payload, input: z.infer<typeof ZRegistrationSchema>, locale: Locale, origin: string): Promise<void> {
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
      throw error
    })
  if (!user) return
  const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true, overrideAccess: true })
  const token = (stored as unknown as { _verificationToken?: string })._verificationToken
  if (token) await mailAccountLink(payload, input.email, locale, 'verify', `${origin}/${locale}/account/verify?token=${token}`)
}

export async function verifyAccount(payload: Payload, token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9]{10,128}$/.test(token)) return false
  return payload.verifyEmail({ collection: 'users', token }).catch(() => false)
}

/** Sends a single-use, expiring link; the reply is the same whether or not the address has an account. */
export async function requestPasswordReset(payload: Payload, address: string, pageLocale: Locale, origin: string): Promise<void> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: address } }, limit: 1, overrideAccess: true })
  const user = docs[0]
  if (!user) return
  const token = await payload.forgotPassword({ collection: 'users', data: { email: address }, disableEmail: true, expiration: 60 * 60 * 1000 })
  const locale = isLocale(String(user.locale)) ? (user.locale as Locale) : pageLocale
  if (token) await mailAccountLink(payload, address, locale, 'reset', `${origin}/${locale}/account/reset?token=${token}`)
}

export async function resetPassword(payload: Payload, token: string, password: string): Promise<boolean> {
  if (!/^[A-Za-z0-9]{10,128}$/.test(token)) return false
  return payload
    .resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true })
    .then(() => true)
    .catch(() => false)
}

/** Everything the hub holds about a member, as they may download it. */
export async function accountData(payload: Payload, userId: number) {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
  const [subscriptions, messages] = await Promise.all([
    payload.find({ collection: 'subscribers', where: { email: { equals: user.email } }, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'contact-messages', where: { email: { equals: user.email } }, depth: 0, overrideAccess: true }),
  ])
  return {
    exportedAt: new Date().toISOString(),
    account: { name: user.name, email: user.email, organisation: user.organisation, city: user.city, language: user.locale, roles: user.roles, createdAt: user.createdAt },
    newsletter: subscriptions.docs.map((s) => ({ email: s.email, status: s.status, language: s.locale, confirmedAt: s.confirmedAt })),
    contactMessages: messages.docs.map((m) => ({ topic: m.topic, message: m.message, sentAt: m.createdAt })),
  }
}

/**
 * A new address is confirmed from its own inbox before it replaces the old
 * one. An address another account already uses gets no mail, and the reply
 * is the same, so the form reveals nobody's membership.
 */
export async function requestEmailChange(payload: Payload, userId: number, newEmail: string, locale: Locale, origin: string): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: newEmail } }, overrideAccess: true })
  if (totalDocs > 0) return
  const token = randomBytes(24).toString('hex')
  await payload.update({ collection: 'users', id: userId, data: { pendingEmail: newEmail, emailChangeToken: token }, overrideAccess: true })
  await mailAccountLink(payload, newEmail, locale, 'change', `${origin}/${locale}/account/confirm-email?token=${token}`)
}

export async function confirmEmailChange(payload: Payload, token: string): Promise<boolean> {
  if (!/^[a-f0-9]{48}$/.test(token)) return false
  const { docs } = await payload.find({ collection: 'users', where: { emailChangeToken: { equals: token } }, limit: 1, overrideAccess: true, showHiddenFields: true })
  const user = docs[0]
  if (!user?.pendingEmail) return false
  await payload.update({ collection: 'users', id: user.id, data: { email: user.pendingEmail, pendingEmail: null, emailChangeToken: null }, overrideAccess: true })
  return true
}

/** The regional hub team's inbox for a member's city, or the support inbox when the region has none. */
export async function helpDeskInbox(payload: Payload, user: { memberCity?: unknown; assignedCities?: unknown[] | null }): Promise<string | null> {
  const cityRef = user.memberCity ?? user.assignedCities?.[0]
  const cityId = typeof cityRef === 'object' && cityRef ? (cityRef as { id: number }).id : (cityRef as number | undefined)
  if (!cityId) return null
  const city = await payload.findByID({ collection: 'cities', id: cityId, depth: 2, overrideAccess: true, draft: true, disableErrors: true })
  const country = city?.country && typeof city.country === 'object' ? city.country : null
  const region = country?.region && typeof country.region === 'object' ? country.region : null
  if (region?.hubTeamEmail) return region.hubTeamEmail
  const settings = (await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })) as unknown as Record<string, string>
  return settings.inbox_support
}

/** Ends this session on the server, so its token stops working everywhere, not only in this browser. */
export async function endSession(payload: Payload, user: TypedUser): Promise<void> {
  const req = await createLocalReq({ user }, payload)
  await logoutOperation({ collection: payload.collections.users, req })
}
