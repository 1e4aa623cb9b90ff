import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { findRegistrableEvent, type RegistrableEvent, readJoinUrl } from './find-registrable-event'
import { type RegistrationWindow, registrationWindow } from './registration-window'
import { countConfirmed, findRegistration, waitlistPlace } from './registrations'

export type MemberRegistration = {
  id: number
  status: 'confirmed' | 'waitlisted' | 'cancelled'
  /** On the waitlist: their place in it. */
  place: number | null
  /** Confirmed, for an online event: the link to join. */
  joinUrl: string | null
}

export type RegistrationView = {
  event: RegistrableEvent
  window: RegistrationWindow
  /** Null when the event has no limit. */
  placesLeft: number | null
  registration: MemberRegistration | null
}

/** What one member's registration page shows for a published event; null when there is no such event. */
export async function getRegistrationView(payload: Payload, slug: string, locale: Locale, memberId: number | null): Promise<RegistrationView | null> {
  const event = await findRegistrableEvent(payload, { slug }, locale)
  if (!event) return null
  const eventId = Number(event.id)
  const capacity = event.registration.capacity
  const placesLeft = capacity === null ? null : Math.max(0, capacity - (await countConfirmed({ payload }, eventId)))
  const found = memberId === null ? null : await findRegistration({ payload }, eventId, memberId)
  const registration = found && {
    id: found.id,
    status: found.status,
    place: found.status === 'waitlisted' ? await waitlistPlace({ payload }, found) : null,
    joinUrl: found.status === 'confirmed' ? await readJoinUrl(payload, eventId) : null,
  }
  return { event, window: registrationWindow(event), placesLeft, registration }
}
