import { readableOne } from '../../content/related'
import type { Payload } from 'payload'

/** Everything the hub holds about a member, as they may download it. */
export async function exportAccountData(payload: Payload, userId: number) {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
  const [subscriptions, messages, registrations] = await Promise.all([
    payload.find({ collection: 'subscribers', where: { email: { equals: user.email } }, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'contact-messages', where: { email: { equals: user.email } }, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'event-registrations', where: { member: { equals: userId } }, depth: 1, pagination: false, overrideAccess: true }),
  ])
  return {
    exportedAt: new Date().toISOString(),
    account: { name: user.name, email: user.email, organisation: user.organisation, city: user.city, language: user.locale, roles: user.roles, createdAt: user.createdAt },
    newsletter: subscriptions.docs.map((s) => ({ email: s.email, status: s.status, language: s.locale, confirmedAt: s.confirmedAt })),
    contactMessages: messages.docs.map((m) => ({ topic: m.topic, message: m.message, sentAt: m.createdAt })),
    eventRegistrations: registrations.docs.map((r) => ({ event: readableOne(r.event)?.slug ?? null, status: r.status, registeredAt: r.registeredAt })),
  }
}
