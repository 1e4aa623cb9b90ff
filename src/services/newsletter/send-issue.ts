import { randomUUID } from 'node:crypto'
import { createElement } from 'react'
import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../content/locales'
import { publicOrigin } from '../../config/public-url'
import { DigestEmail, type DigestItem } from '../../content/emails/DigestEmail'
import { renderEmail } from '../../content/emails/render-email'
import { pickText } from '../../content/i18n/pick-localized'
import { createTranslator } from '../../content/i18n/translate'
import { deliver, messageIdFor } from '../mail/transport'
import { ifNoOneElse } from '../../shared/exclusive'
import { oneAtATime } from './one-at-a-time'
import { listUnsubscribeHeaders } from './subscriptions'
import type { Resource, Subscriber } from '../../cms/payload-types'
import { readable } from '../../content/related'
import { type InEveryLanguage, inEveryLanguage } from '../../content/localized-fields'
import { mailBrand } from '../mail/mail-brand'

const BATCH = 50
type Recipient = Pick<Subscriber, 'email' | 'locale' | 'token' | 'themes' | 'regions'>
type Tagged = Pick<Resource, 'themes' | 'regions'>
const ids = (list: readonly (number | { id: number })[] | null | undefined) => (list ?? []).map((x) => (typeof x === 'object' ? x.id : x))

/** The digest as one subscriber receives it: their language, their topics when they chose any. */
async function digestFor(payload: Payload, issue: InEveryLanguage<'newsletter-issues'>, subscriber: Recipient) {
  const locale: Locale = isLocale(subscriber.locale) ? subscriber.locale : 'en'
  const t = createTranslator(locale)
  const origin = publicOrigin()
  const themes = new Set(ids(subscriber.themes))
  const regions = new Set(ids(subscriber.regions))
  const wants = (doc: Tagged) => (!themes.size && !regions.size) || ids(doc.themes).some((id) => themes.has(id)) || ids(doc.regions).some((id) => regions.has(id))
  const resources = readable(issue.resources)
  const chosen = resources.filter(wants)
  const items = (chosen.length ? chosen : resources).map((r): DigestItem => ({ title: pickText(r.title, locale), url: `${origin}/${locale}/resources/${r.slug}` }))
  const cities = readable(issue.cities).map((c): DigestItem => ({ title: pickText(c.name, locale), url: `${origin}/${locale}/cities/${c.slug}` }))
  const unsubscribeUrl = `${origin}/${locale}/newsletter/unsubscribe?token=${subscriber.token}`
  const title = pickText(issue.title, locale)
  const mail = renderEmail(
    createElement(DigestEmail, { t, locale, title, introduction: pickText(issue.introduction, locale), resources: items, cities, unsubscribeUrl }),
    await mailBrand(payload, locale),
  )
  return { to: subscriber.email, subject: title, headers: listUnsubscribeHeaders(unsubscribeUrl), ...mail }
}

async function loadIssue(payload: Payload, issueId: number): Promise<InEveryLanguage<'newsletter-issues'>> {
  const [issue] = inEveryLanguage('newsletter-issues', [await payload.findByID({ collection: 'newsletter-issues', id: issueId, locale: 'all', depth: 1, overrideAccess: true })])
  return issue
}

/** Step one of a batch: record who the next subscribers are. A crash after this loses nobody. */
export async function storeNextBatch(payload: Payload, issueId: number): Promise<number> {
  const { docs: last } = await payload.find({
    collection: 'newsletter-deliveries',
    where: { issue: { equals: issueId } },
    sort: '-subscriber',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const after = last[0]?.subscriber ?? 0
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { and: [{ status: { equals: 'confirmed' } }, { id: { greater_than: after } }] },
    sort: 'id',
    limit: BATCH,
    depth: 0,
    overrideAccess: true,
  })
  for (const s of docs) {
    await payload.create({
      collection: 'newsletter-deliveries',
      data: { key: `${issueId}:${s.id}`, issue: issueId, subscriber: s.id, email: s.email, status: 'stored' },
      overrideAccess: true,
    })
  }
  return docs.length
}

/**
 * Step two: send what was recorded and mark each as sent, so a resumed run
 * skips it. A mail that left just before a crash, not yet marked, is handed
 * over again under the same Message-ID (the delivery's idempotency key), which
 * the transport delivers once (src/services/mail/transport.ts).
 */
export async function sendStoredDeliveries(payload: Payload, issueId: number): Promise<number> {
  const issue = await loadIssue(payload, issueId)
  const { docs } = await payload.find({
    collection: 'newsletter-deliveries',
    where: { and: [{ issue: { equals: issueId } }, { status: { equals: 'stored' } }] },
    sort: 'subscriber',
    limit: BATCH,
    depth: 0,
    overrideAccess: true,
  })
  for (const delivery of docs) {
    const subscriber = await payload.findByID({ collection: 'subscribers', id: delivery.subscriber, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })
    const messageId = messageIdFor('newsletter', delivery.key.replace(':', '-'), delivery.createdAt)
    // Someone who unsubscribed after the batch was recorded gets nothing.
    if (subscriber?.status === 'confirmed') await deliver(await digestFor(payload, issue, subscriber), messageId)
    await payload.update({ collection: 'newsletter-deliveries', id: delivery.id, data: { status: 'sent', sentAt: new Date().toISOString(), messageId }, overrideAccess: true })
  }
  return docs.length
}

/**
 * Sends an issue in batches to every confirmed subscriber. Safe to run again
 * after a crash: it resumes. The job and the resumption may both ask for it:
 * in one process they take turns; across instances one holds the issue's
 * lock and the others leave it. Either way the later finds the issue sent.
 */
export function sendIssue(payload: Payload, issueId: number): Promise<void> {
  return oneAtATime(`issue:${issueId}`, async () => {
    await ifNoOneElse(payload, `newsletter-issue:${issueId}`, async () => {
      const current = await payload.findByID({ collection: 'newsletter-issues', id: issueId, depth: 0, overrideAccess: true })
      if (current.status !== 'sending') return
      while (true) {
        const sent = await sendStoredDeliveries(payload, issueId)
        const stored = await storeNextBatch(payload, issueId)
        if (!sent && !stored) break
      }
      const { totalDocs } = await payload.count({ collection: 'newsletter-deliveries', where: { issue: { equals: issueId } }, overrideAccess: true })
      await payload.update({
        collection: 'newsletter-issues',
        id: issueId,
        data: { status: 'sent', sentAt: new Date().toISOString(), recipients: totalDocs },
        overrideAccess: true,
        context: { fromSending: true },
      })
    })
  })
}

/** The editor's test: the digest as an English-language subscriber with no topic would get it. */
export async function sendTestIssue(payload: Payload, issueId: number, to: string): Promise<void> {
  const issue = await loadIssue(payload, issueId)
  const mail = await digestFor(payload, issue, { email: to, locale: 'en', token: 'test', themes: [], regions: [] })
  await deliver({ ...mail, subject: `[TEST] ${mail.subject}` }, messageIdFor('test', randomUUID(), new Date().toISOString()))
}

/** The digest's HTML as a subscriber in this language would see it, for the editor's preview. */
export async function previewIssue(payload: Payload, issueId: number, locale: Locale): Promise<string> {
  const issue = await loadIssue(payload, issueId)
  return (await digestFor(payload, issue, { email: 'preview', locale, token: 'preview', themes: [], regions: [] })).html
}

/** At start and with the mail timer: any issue left half-sent, by a crash here or on another instance, goes on from where it stopped. */
export async function resumeNewsletterSending(payload: Payload): Promise<void> {
  const { docs } = await payload.find({ collection: 'newsletter-issues', where: { status: { equals: 'sending' } }, depth: 0, overrideAccess: true })
  for (const issue of docs) await sendIssue(payload, issue.id)
}
