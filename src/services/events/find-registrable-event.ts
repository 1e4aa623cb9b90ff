import type { Payload, PayloadRequest, Where } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'
import { type EventSummary, toEventSummary } from './list-events'
import { type RegistrationSettings, registrationSettings } from './registration-window'

export type RegistrableEvent = EventSummary & { registration: RegistrationSettings }

/**
 * A published event as the public reads it, with its registration settings.
 * Given the `req` of a locked registration (src/cms/row-lock.ts), it reads
 * inside that transaction, so it sees what the registrations before it committed.
 */
export async function findRegistrableEvent(payload: Payload, by: { slug: string } | { id: number }, locale: Locale, req?: PayloadRequest): Promise<RegistrableEvent | null> {
  const where: Where = 'slug' in by ? { slug: { equals: by.slug } } : { id: { equals: by.id } }
  const { docs } = await payload.find({ collection: 'events', where, locale, fallbackLocale: defaultLocale, overrideAccess: false, draft: false, depth: 1, limit: 1, req })
  const [doc] = docs
  return doc ? { ...toEventSummary(doc), registration: registrationSettings(doc) } : null
}

/** The joining link, which no public read returns: only for showing to a confirmed registrant. */
export async function readJoinUrl(payload: Payload, eventId: number, req?: PayloadRequest): Promise<string | null> {
  const doc = await payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, draft: false, select: { joinUrl: true, online: true }, req })
  return doc.online && doc.joinUrl ? doc.joinUrl : null
}
