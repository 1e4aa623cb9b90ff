import type { Payload, TypedUser } from 'payload'
import { hasRole } from '../../cms/access/roles'
import { AppError } from '../../content/app-error'
import { readableOne } from '../../content/related'

export type RegistrationRow = {
  status: 'confirmed' | 'waitlisted' | 'cancelled'
  /** On the waitlist: the place, in the order people registered. */
  place: number | null
  name: string
  email: string
  organisation: string
  city: string
  language: string
  registeredAt: string
}

const order = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const

/**
 * One event's registrations for staff (admins and editors), confirmed first,
 * then the waitlist in its order, then cancellations. Anyone else is refused,
 * as is an event that does not exist. Drafts count: staff plan before publishing.
 */
export async function exportRegistrations(payload: Payload, user: TypedUser | null, slug: string): Promise<{ slug: string; rows: RegistrationRow[] } | null> {
  if (!hasRole(user, 'admin', 'editor')) throw new AppError('forbidden')
  const { docs: events } = await payload.find({ collection: 'events', where: { slug: { equals: slug } }, depth: 0, limit: 1, draft: true, overrideAccess: true })
  const [event] = events
  if (!event) return null
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { event: { equals: event.id } },
    sort: ['registeredAt', 'id'],
    depth: 1,
    pagination: false,
    overrideAccess: true,
  })
  let waiting = 0
  const rows = docs
    .toSorted((a, b) => order[a.status] - order[b.status])
    .map((r) => {
      const member = readableOne(r.member)
      return {
        status: r.status,
        place: r.status === 'waitlisted' ? ++waiting : null,
        name: member?.name ?? '',
        email: member?.email ?? '',
        organisation: member?.organisation ?? '',
        city: member?.city ?? '',
        language: r.locale ?? '',
        registeredAt: r.registeredAt,
      }
    })
  return { slug: event.slug, rows }
}
