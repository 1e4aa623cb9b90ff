import type { Payload } from 'payload'
import type { EventRegistration } from '../../cms/payload-types'
import { withEventLocked } from '../../cms/row-lock'
import { relationId } from '../../content/related'
import { deliverSoon } from '../mail/mail-queue'
import { findRegistrableEvent } from './find-registrable-event'
import { registrationLocale } from './mail-registrant'
import { confirmRegistration } from './register-for-event'
import { tokenMatches, tokenRegistrationId } from './registration-token'
import { countConfirmed, findRegistration, firstWaitlisted, hasPlace } from './registrations'

/**
 * Cancels a registration, with its event locked. A confirmed place that
 * frees up goes to the first on the waitlist, who is mailed, as long as the
 * event has not begun. Cancelling twice changes nothing.
 */
async function cancel(payload: Payload, registrationId: number, eventId: number, origin: string): Promise<void> {
  await withEventLocked(payload, eventId, async (req) => {
    const registration = await payload.findByID({ collection: 'event-registrations', id: registrationId, depth: 0, overrideAccess: true, req })
    if (registration.status === 'cancelled') return
    await payload.update({ collection: 'event-registrations', id: registrationId, data: { status: 'cancelled' }, depth: 0, overrideAccess: true, req })
    if (registration.status !== 'confirmed') return
    const next = await firstWaitlisted({ payload, req }, eventId)
    if (!next) return
    const event = await findRegistrableEvent(payload, { id: eventId }, registrationLocale(next), req)
    if (!event || new Date(event.startsAt) <= new Date()) return
    if (!hasPlace(event.registration.capacity, await countConfirmed({ payload, req }, eventId))) return
    const promoted = await payload.update({ collection: 'event-registrations', id: next.id, data: { status: 'confirmed' }, depth: 0, overrideAccess: true, req })
    await confirmRegistration(payload, req, promoted, event, 'promoted', origin)
  })
  deliverSoon(payload)
}

/** A signed-in member cancels their own registration for an event; false when they had none. */
export async function cancelOwnRegistration(payload: Payload, eventId: number, memberId: number, origin: string): Promise<boolean> {
  const registration = await findRegistration({ payload }, eventId, memberId)
  if (!registration) return false
  await cancel(payload, registration.id, eventId, origin)
  return true
}

/** The registration a mailed cancel link names, if its signature holds. */
export async function findRegistrationByToken(payload: Payload, token: string): Promise<EventRegistration | null> {
  const id = tokenRegistrationId(token)
  if (id === null) return null
  const registration = await payload.findByID({ collection: 'event-registrations', id, depth: 0, overrideAccess: true }).catch(() => null)
  return registration && tokenMatches(token, registration) ? registration : null
}

/** Cancels from a mailed link, without signing in; false when the link is no good. */
export async function cancelByToken(payload: Payload, token: string, origin: string): Promise<boolean> {
  const registration = await findRegistrationByToken(payload, token)
  if (!registration) return false
  await cancel(payload, registration.id, relationId(registration.event), origin)
  return true
}

/** Before an account goes: its places pass to the waitlist, as if the member had cancelled each. */
export async function cancelAllRegistrationsOf(payload: Payload, memberId: number, origin: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { and: [{ member: { equals: memberId } }, { status: { not_equals: 'cancelled' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const registration of docs) await cancel(payload, registration.id, relationId(registration.event), origin)
}
