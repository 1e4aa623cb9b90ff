import { randomBytes } from 'node:crypto'
import { createElement } from 'react'
import type { Payload } from 'payload'
import { z } from 'zod'
import { type Locale, localeCodes } from '../../content/locales'
import { parseInput } from '../../content/app-error'
import { NewsletterConfirmation, NewsletterWelcome } from '../../content/emails/NewsletterEmails'
import { renderEmail } from '../../content/emails/render-email'
import { createTranslator } from '../../content/i18n/translate'
import { deliverSoon } from '../mail/mail-queue'
import { queueMail } from '../mail/queue-mail'
import { oneAtATime } from './one-at-a-time'
import { mailBrand } from '../mail/mail-brand'

const slugList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().regex(/^[a-z0-9-]{1,80}$/, 'form.error.invalid')).max(50))

export const ZNewsletterSignupSchema = z.object({
  email: z
    .string({ message: 'form.error.email' })
    .trim()
    .max(254, 'form.error.tooLong')
    .pipe(z.email({ message: 'form.error.email' })),
  language: z.enum(localeCodes as [Locale, ...Locale[]], { message: 'form.error.language' }),
  themes: slugList,
  regions: slugList,
})

export type NewsletterSignup = z.infer<typeof ZNewsletterSignupSchema>

/** A sign-up this soon after a confirmation was mailed sends none: the first one's link still works. */
const CONFIRMATION_GAP_MS = 10 * 60_000

const unsubscribeUrl = (origin: string, locale: string, token: string) => `${origin}/${locale}/newsletter/unsubscribe?token=${token}`

async function idsFor(payload: Payload, collection: 'themes' | 'regions', slugs: string[]) {
  if (!slugs.length) return []
  const { docs } = await payload.find({ collection, where: { slug: { in: slugs } }, depth: 0, pagination: false, overrideAccess: true })
  return docs.map((d) => d.id)
}

async function byEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  return docs[0] ?? null
}

/**
 * The sign-up form, double opt-in: the address gets one confirmation mail and nothing else
 * until it is confirmed. The reply is the same whether or not the address was
 * already subscribed, so the form tells no one who is on the list.
 *
 * Sign-ups for one address take turns, and a pending address keeps its
 * token, so concurrent or repeated sign-ups leave one pending subscription
 * and every confirmation link ever mailed to it works.
 */
export async function subscribe(payload: Payload, values: Record<string, string | string[]>, origin: string): Promise<void> {
  const input = parseInput(ZNewsletterSignupSchema, values)
  const email = input.email.toLowerCase()
  return oneAtATime(`subscriber:${email}`, () => signUp(payload, { ...input, email }, origin))
}

async function signUp(payload: Payload, input: NewsletterSignup, origin: string): Promise<void> {
  const existing = await byEmail(payload, input.email)
  if (existing?.status === 'confirmed') return
  const pending = existing?.status === 'pending' ? existing : null
  const token = pending?.token ?? randomBytes(24).toString('base64url')
  const data = {
    email: input.email,
    locale: input.language,
    themes: await idsFor(payload, 'themes', input.themes),
    regions: await idsFor(payload, 'regions', input.regions),
    token,
    status: 'pending' as const,
  }
  let id = existing?.id
  if (id) {
    await payload.update({ collection: 'subscribers', id, data, overrideAccess: true })
  } else {
    try {
      id = (await payload.create({ collection: 'subscribers', data, overrideAccess: true })).id
    } catch (error) {
      // Another instance created it a moment ago, and mails its confirmation.
      if (await byEmail(payload, input.email)) return
      throw error
    }
  }
  if (pending?.confirmationSentAt && Date.now() - Date.parse(pending.confirmationSentAt) < CONFIRMATION_GAP_MS) return
  const t = createTranslator(input.language)
  const mail = renderEmail(
    createElement(NewsletterConfirmation, { t, locale: input.language, confirmUrl: `${origin}/${input.language}/newsletter/confirm?token=${token}` }),
    await mailBrand(payload, input.language),
  )
  await queueMail(payload, { to: input.email, subject: t('email.newsletter.confirmTitle'), ...mail })
  // Marked after queueing: a crash in between lets the next sign-up mail it again.
  await payload.update({ collection: 'subscribers', id, data: { confirmationSentAt: new Date().toISOString() }, overrideAccess: true })
  deliverSoon(payload)
}

async function byToken(payload: Payload, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null
  const { docs } = await payload.find({ collection: 'subscribers', where: { token: { equals: token } }, limit: 1, overrideAccess: true })
  return docs[0] ?? null
}

export async function findSubscription(payload: Payload, token: string) {
  return byToken(payload, token)
}

/**
 * Confirms the address and sends the welcome mail, which carries one-click
 * unsubscribe headers (RFC 8058). A double click confirms once and welcomes once.
 */
export function confirmSubscription(payload: Payload, token: string, origin: string): Promise<boolean> {
  return oneAtATime(`subscriber-token:${token}`, async () => {
    const subscriber = await byToken(payload, token)
    if (!subscriber) return false
    if (subscriber.status === 'confirmed') return true
    await payload.update({ collection: 'subscribers', id: subscriber.id, data: { status: 'confirmed', confirmedAt: new Date().toISOString() }, overrideAccess: true })
    const locale = subscriber.locale as Locale
    const t = createTranslator(locale)
    const url = unsubscribeUrl(origin, locale, token)
    const mail = renderEmail(createElement(NewsletterWelcome, { t, locale, unsubscribeUrl: url }), await mailBrand(payload, locale))
    await queueMail(payload, { to: subscriber.email, subject: t('email.newsletter.welcomeTitle'), headers: listUnsubscribeHeaders(url), ...mail })
    deliverSoon(payload)
    return true
  })
}

export function listUnsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

export async function unsubscribe(payload: Payload, token: string): Promise<boolean> {
  const subscriber = await byToken(payload, token)
  if (!subscriber) return false
  if (subscriber.status !== 'unsubscribed') {
    await payload.update({ collection: 'subscribers', id: subscriber.id, data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() }, overrideAccess: true })
  }
  return true
}
