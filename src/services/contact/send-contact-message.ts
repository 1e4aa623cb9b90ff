import { createElement } from 'react'
import type { Payload } from 'payload'
import type { ContactMessage } from '../../cms/payload-types'
import { z } from 'zod'
import { contactTopics, type ContactTopic } from '../../cms/collections/ContactMessages'
import type { Locale } from '../../content/locales'
import { parseInput } from '../../content/app-error'
import { ContactAcknowledgement, ContactNotification } from '../../content/emails/ContactEmails'
import { renderEmail } from '../../content/emails/render-email'
import { createTranslator } from '../../content/i18n/translate'
import { deliverSoon } from '../mail/mail-queue'
import { storedText } from '../../shared/stored-text'
import { queueMailOnce } from '../mail/queue-mail'
import { mailBrand } from '../mail/mail-brand'

/** The contact form. Messages are keys of the form's error sentences, in every language. */
export const ZContactMessageSchema = z.object({
  topic: z.enum(contactTopics, { message: 'form.error.topic' }),
  name: z.string({ message: 'form.error.name' }).trim().min(1, 'form.error.name').pipe(storedText(120)),
  email: z
    .string({ message: 'form.error.email' })
    .trim()
    .max(254, 'form.error.tooLong')
    .pipe(z.email({ message: 'form.error.email' })),
  organisation: storedText(200).optional().default(''),
  message: z.string({ message: 'form.error.message' }).trim().min(10, 'form.error.messageShort').pipe(storedText(5000)),
})

export type ContactMessageInput = z.infer<typeof ZContactMessageSchema>

/** The contact form: checks what was typed, then stores and mails it (see storeContactMessage). */
export async function sendContactMessage(payload: Payload, values: Record<string, string>, locale: Locale, origin: string) {
  return storeContactMessage(payload, parseInput(ZContactMessageSchema, values), locale, origin)
}

/**
 * Stores the message first, then queues the mail to the staff inbox for its
 * topic (or `routeTo`) and the acknowledgement to the sender. What was sent is
 * never lost, whatever happens to the mail afterwards: a crash before both
 * mails are queued leaves the message marked, and the next start queues what
 * is missing.
 */
export async function storeContactMessage(payload: Payload, input: ContactMessageInput, locale: Locale, origin: string, routeTo?: string) {
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  const routedTo = routeTo || settings[`inbox_${input.topic as ContactTopic}`] || settings.inbox_general
  const stored = await payload.create({
    collection: 'contact-messages',
    data: { ...input, locale, routedTo, status: 'new', subjectLine: `${input.topic}: ${input.name}`, mailPending: true },
    overrideAccess: true,
  })
  await queueContactMail(payload, stored, origin)
  deliverSoon(payload)
  return stored
}

/** Both mails of a stored message, each queued at most once (keyed by the message), then the mark cleared. */
async function queueContactMail(payload: Payload, stored: ContactMessage, origin: string) {
  const input = { topic: stored.topic, name: stored.name, email: stored.email, organisation: stored.organisation ?? '', message: stored.message }
  const staff = renderEmail(
    createElement(ContactNotification, { t: createTranslator('en'), message: input, adminUrl: `${origin}/admin/collections/contact-messages/${stored.id}` }),
    await mailBrand(payload, 'en'),
  )
  await queueMailOnce(payload, `contact-${stored.id}-staff`, { to: stored.routedTo!, replyTo: input.email, subject: `[${input.topic}] ${input.name}`, ...staff })
  const locale = stored.locale as Locale
  const t = createTranslator(locale)
  const ack = renderEmail(createElement(ContactAcknowledgement, { t, locale, message: input }), await mailBrand(payload, locale))
  await queueMailOnce(payload, `contact-${stored.id}-ack`, { to: input.email, subject: t('email.contact.ackTitle'), ...ack })
  await payload.update({ collection: 'contact-messages', id: stored.id, data: { mailPending: false }, overrideAccess: true })
}

/** On start: messages a crash left stored but not mailed get their mails, and none twice. */
export async function queuePendingContactMail(payload: Payload, origin: string): Promise<void> {
  const { docs } = await payload.find({ collection: 'contact-messages', where: { mailPending: { equals: true } }, pagination: false, depth: 0, overrideAccess: true })
  for (const stored of docs) await queueContactMail(payload, stored, origin)
}
