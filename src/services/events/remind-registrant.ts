import type { Payload, PayloadRequest } from 'payload'
import type { EventRegistration } from '../../cms/payload-types'
import { relationId } from '../../content/related'
import { findRegistrableEvent } from './find-registrable-event'
import { mailRegistrant, registrationLocale } from './mail-registrant'

/** Reminders leave a day before the event starts. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000
// A reminder job woken this much early (the event moved later) waits again instead.
const EARLY_SLACK_MS = 5 * 60 * 1000

/** Queues the reminder of a confirmed registration, for a day before `startsAt` (at once if that has passed). */
export async function queueReminder(payload: Payload, registrationId: number, startsAt: string, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: 'remindEventRegistrant', input: { registrationId }, waitUntil: new Date(new Date(startsAt).getTime() - REMINDER_LEAD_MS), req })
}

/**
 * The reminder job (src/cms/tasks.ts): mails a registrant who is still
 * confirmed, once per registration and start time (queueMailOnce), however
 * often the job runs. An event that moved later queues the job again for its
 * new day before; one that has begun gets no reminder.
 */
export async function remindRegistrant(payload: Payload, registrationId: number, origin: string, now = new Date()): Promise<void> {
  const registration: EventRegistration | null = await payload.findByID({ collection: 'event-registrations', id: registrationId, depth: 0, overrideAccess: true }).catch(() => null)
  if (registration?.status !== 'confirmed') return
  const event = await findRegistrableEvent(payload, { id: relationId(registration.event) }, registrationLocale(registration))
  if (!event || new Date(event.startsAt) <= now) return
  const due = new Date(event.startsAt).getTime() - REMINDER_LEAD_MS
  if (due > now.getTime() + EARLY_SLACK_MS) return queueReminder(payload, registration.id, event.startsAt)
  await mailRegistrant(payload, { registration, kind: 'reminder', origin, key: `event-reminder:${registration.id}:${new Date(event.startsAt).toISOString()}` })
}
