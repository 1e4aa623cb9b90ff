import type { Event } from '../../cms/payload-types'

export type RegistrationSettings = { open: boolean; capacity: number | null; closesAt: string | null }

export const registrationSettings = (d: Pick<Event, 'registration'>): RegistrationSettings => ({
  open: Boolean(d.registration?.open),
  capacity: d.registration?.capacity ?? null,
  closesAt: d.registration?.closesAt ?? null,
})

/**
 * Whether an event takes registrations now: `none` when staff have not
 * opened it, `closed` after its closing time, `past` once it has begun (past
 * events never take any, whatever their settings say).
 */
export type RegistrationWindow = 'open' | 'closed' | 'past' | 'none'

export function registrationWindow(event: { startsAt: string; registration: RegistrationSettings }, now = new Date()): RegistrationWindow {
  if (new Date(event.startsAt) <= now) return 'past'
  if (!event.registration.open) return 'none'
  if (event.registration.closesAt && new Date(event.registration.closesAt) <= now) return 'closed'
  return 'open'
}

/** The message key that explains why a window refuses registrations. */
export const refusalMessage = (window: Exclude<RegistrationWindow, 'open'>) => `registration.refused.${window}`
