import type { Payload, PayloadRequest, Where } from 'payload'
import type { EventRegistration } from '../../cms/payload-types'
import { relationId } from '../../content/related'

/**
 * Reads of one event's registrations, shared by registering, cancelling and
 * the pages. Inside a locked registration they take its `req`, so they read
 * what the registrations before it committed.
 */
type Read = { payload: Payload; req?: PayloadRequest }

export async function findRegistration({ payload, req }: Read, eventId: number, memberId: number): Promise<EventRegistration | null> {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { and: [{ event: { equals: eventId } }, { member: { equals: memberId } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

export async function countConfirmed({ payload, req }: Read, eventId: number): Promise<number> {
  const where: Where = { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] }
  return (await payload.count({ collection: 'event-registrations', where, overrideAccess: true, req })).totalDocs
}

/** A waitlisted registration's place: the waitlist is served in the order people registered. */
export async function waitlistPlace({ payload, req }: Read, registration: EventRegistration): Promise<number> {
  const ahead = await payload.count({
    collection: 'event-registrations',
    where: {
      and: [
        { event: { equals: relationId(registration.event) } },
        { status: { equals: 'waitlisted' } },
        {
          or: [
            { registeredAt: { less_than: registration.registeredAt } },
            { and: [{ registeredAt: { equals: registration.registeredAt } }, { id: { less_than: registration.id } }] },
          ],
        },
      ],
    },
    overrideAccess: true,
    req,
  })
  return ahead.totalDocs + 1
}

/** The first on the waitlist, or null. */
export async function firstWaitlisted({ payload, req }: Read, eventId: number): Promise<EventRegistration | null> {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }] },
    sort: ['registeredAt', 'id'],
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Whether the event has a place for one more confirmed registrant. */
export const hasPlace = (capacity: number | null, confirmed: number) => capacity === null || confirmed < capacity
