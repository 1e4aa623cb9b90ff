import type { Payload, Where } from 'payload'
import type { Locale } from '../../content/locales'
import { relationId } from '../../content/related'
import { findPublished } from '../site/find-published'
import { type EventSummary, toEventSummary } from './list-events'

export type AccountRegistration = { event: EventSummary; status: 'confirmed' | 'waitlisted' }

/** A member's current registrations (not cancelled) for events still to come or under way, soonest first, for their account page. */
export async function listMemberRegistrations(payload: Payload, memberId: number, locale: Locale, now = new Date()): Promise<AccountRegistration[]> {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { and: [{ member: { equals: memberId } }, { status: { not_equals: 'cancelled' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (!docs.length) return []
  const where: Where = { and: [{ id: { in: docs.map((d) => relationId(d.event)) } }, { endsAt: { greater_than_equal: now.toISOString() } }] }
  const events = await findPublished(payload, 'events', locale, { where, sort: 'startsAt' })
  const statusOf = new Map(docs.map((d) => [relationId(d.event), d.status]))
  return events.docs.flatMap((e) => {
    const status = statusOf.get(e.id)
    return status === 'confirmed' || status === 'waitlisted' ? [{ event: toEventSummary(e), status }] : []
  })
}
