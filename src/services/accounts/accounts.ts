import { createElement } from 'react'
import type { Payload } from 'payload'
import { z } from 'zod'
import { isLocale, type Locale } from '../../config/locales'
import { AccountEmail } from '../../site/emails/AccountEmails'
import { renderEmail } from '../../site/emails/render-email'
import { createTranslator } from '../../site/i18n/translate'
import { deliverSoon } from '../mail/mail-queue'
import { queueMail } from '../mail/queue-mail'
import { ZPasswordSchema } from './password-policy'

const email = z.string({ message: 'form.error.email' }).trim().toLowerCase().max(254, 'form.error.tooLong').pipe(z.email({ message: 'form.error.email' }))
const name = z.string({ message: 'form.error.name' }).trim().min(1, 'form.error.name').max(120, 'form.error.tooLong')
const optionalText = (max: number) => z.string().trim().max(max, 'form.error.tooLong').optional().default('')

export const ZRegistrationSchema = z.object({ name, email, organisation: optionalText(200), city: optionalText(120), password: ZPasswordSchema })
export const ZSignInSchema = z.object({ email, password: z.string().min(1, 'form.error.password').max(200, 'form.error.tooLong') })
export const ZEmailOnlySchema = z.object({ email })
export const ZNewPasswordSchema = z.object({ password: ZPasswordSchema })
export const ZProfileSchema = z.object({ name, organisation: optionalText(200), city: optionalText(120) })
export const ZPasswordChangeSchema = z.object({ current: z.string().min(1, 'form.error.password'), password: ZPasswordSchema })

async function mailAccountLink(payload: Payload, to: string, locale: Locale, kind: 'verify' | 'reset', url: string) {
  const t = createTranslator(locale)
  const mail = renderEmail(createElement(AccountEmail, { t, locale, kind, url }))
  await queueMail(payload, { to, subject: t(`email.account.${kind}Title`), ...mail })
  deliverSoon(payload)
}

/**
 * A new hub member. The account exists at once but signs in only after the
 * address is confirmed. An address already registered gets the same reply
 * and no new account, so the form reveals nobody's membership.
 */
export async function register(payload: Payload, input: z.infer<typeof ZRegistrationSchema>, locale: Locale, origin: string): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: input.email } }, overrideAccess: true })
  if (totalDocs > 0) return
  const user = await payload.create({
    collection: 'users',
    data: { ...input, roles: ['member'], locale },
    overrideAccess: true,
    disableVerificationEmail: true,
  })
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
