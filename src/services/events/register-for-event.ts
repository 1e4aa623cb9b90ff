import type { Payload, PayloadRequest } from 'payload'
import type { EventRegistration } from '../../cms/payload-types'
import { withEventLocked } from '../../cms/row-lock'
import { AppError } from '../../content/app-error'
import type { Locale } from '../../content/locales'
import { deliverSoon } from '../mail/mail-queue'
import type { RegistrableEvent } from './find-registrable-event'
import { findRegistrableEvent } from './find-registrable-event'
import { mailRegistrant } from './mail-registrant'
import { refusalMessage, registrationWindow } from './registration-window'
import { countConfirmed, findRegistration, hasPlace, waitlistPlace } from './registrations'
import { queueReminder } from './remind-registrant'

export type RegistrationOutcome = { status: 'confirmed' | 'waitlisted'; place: number | null }

const outcomeOf = async (payload: Payload, req: PayloadRequest, registration: EventRegistration): Promise<RegistrationOutcome> =>
  registration.status === 'waitlisted' ? { status: 'waitlisted', place: await waitlistPlace({ payload, req }, registration) } : { status: 'confirmed', place: null }

/**
 * A confirmed registration's consequences, in its transaction: the
 * confirmation (or moved-up) mail with the .ics, and the reminder a day before.
 */
export async function confirmRegistration(
  payload: Payload,
  req: PayloadRequest,
  registration: EventRegistration,
  event: RegistrableEvent,
  kind: 'confirmed' | 'promoted',
  origin: string,
) {
  await mailRegistrant(payload, { registration, kind, origin, req })
  await queueReminder(payload, registration.id, event.startsAt, req)
}

/**
 * A signed-in member registers for a published event: confirmed while it has
 * places, else on the waitlist. Runs with the event locked, so the places
 * hold however many instances register at once; registering again changes
 * nothing, and a cancelled registration comes back at the end of the queue.
 */
export async function registerForEvent(
  payload: Payload,
  { eventId, memberId, locale, origin }: { eventId: number; memberId: number; locale: Locale; origin: string },
): Promise<RegistrationOutcome> {
  const outcome = await withEventLocked(payload, eventId, async (req) => {
    const event = await findRegistrableEvent(payload, { id: eventId }, locale, req)
    if (!event) throw new AppError('not-found')
    const existing = await findRegistration({ payload, req }, eventId, memberId)
    if (existing && existing.status !== 'cancelled') return outcomeOf(payload, req, existing)
    const window = registrationWindow(event)
    if (window !== 'open') throw new AppError('invalid-input', { fields: { form: refusalMessage(window) } })
    const member = await payload.findByID({ collection: 'users', id: memberId, depth: 0, overrideAccess: true, req })
    const status = hasPlace(event.registration.capacity, await countConfirmed({ payload, req }, eventId)) ? 'confirmed' : 'waitlisted'
    const data = { status, registeredAt: new Date().toISOString(), locale, title: `${member.name} · ${event.title}` } as const
    const registration = existing
      ? await payload.update({ collection: 'event-registrations', id: existing.id, data, depth: 0, overrideAccess: true, req })
      : await payload.create({ collection: 'event-registrations', data: { ...data, event: eventId, member: memberId }, depth: 0, overrideAccess: true, req })
    const result = await outcomeOf(payload, req, registration)
    if (status === 'confirmed') await confirmRegistration(payload, req, registration, event, 'confirmed', origin)
    else await mailRegistrant(payload, { registration, kind: 'waitlisted', origin, place: result.place ?? undefined, req })
    return result
  })
  deliverSoon(payload)
  return outcome
}
