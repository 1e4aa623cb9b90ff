import type { Payload, Where } from 'payload'
import type { Locale } from '../../content/locales'
import type { Term } from '../cities/types'
import type { Event } from '../../cms/payload-types'
import { findPublished } from '../site/find-published'
import { readableOne } from '../../content/related'
import { terms } from '../site/terms'

export type EventSummary = {
  id: number | string
  slug: string
  type: string
  title: string
  summary: string
  startsAt: string
  endsAt: string
  timeZone: string
  online: boolean
  venue: string
  hostCity: Term | null
  regions: Term[]
  updatedAt: string
}

export type EventFilter = { type?: string; region?: string; year?: number; youngCities?: boolean }

export function toEventSummary(d: Event): EventSummary {
  const host = readableOne(d.hostCity)
  return {
    id: d.id,
    slug: d.slug,
    type: d.type,
    title: d.title ?? d.slug,
    summary: d.summary ?? '',
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    timeZone: d.startsAt_tz || 'UTC',
    online: Boolean(d.online),
    venue: d.venue ?? '',
    hostCity: host ? { slug: host.slug, label: host.name ?? host.slug } : null,
    regions: terms(d.regions),
    updatedAt: d.updatedAt,
  }
}

function whereOf(filter: EventFilter): Where {
  const and: Where[] = []
  if (filter.type) and.push({ type: { equals: filter.type } })
  if (filter.region) and.push({ 'regions.slug': { equals: filter.region } })
  if (filter.youngCities) and.push({ youngCities: { equals: true } })
  if (filter.year) {
    and.push({ startsAt: { greater_than_equal: new Date(Date.UTC(filter.year, 0, 1)).toISOString() } })
    and.push({ startsAt: { less_than: new Date(Date.UTC(filter.year + 1, 0, 1)).toISOString() } })
  }
  return { and }
}

/** Upcoming events soonest first, then past events latest first. */
export async function listEvents(payload: Payload, locale: Locale, filter: EventFilter = {}, now = new Date()) {
  const { docs } = await findPublished(payload, 'events', locale, { where: whereOf(filter), sort: 'startsAt', depth: 1 })
  const events = docs.map(toEventSummary)
  const upcoming = events.filter((e) => new Date(e.endsAt) >= now)
  const past = events.filter((e) => new Date(e.endsAt) < now).reverse()
  return { upcoming, past }
}

/** The years that have events, for the filter. */
export async function eventYears(payload: Payload, locale: Locale): Promise<number[]> {
  const { docs } = await findPublished(payload, 'events', locale, { depth: 0 })
  return [...new Set(docs.map((d) => new Date(d.startsAt).getUTCFullYear()))].sort((a, b) => b - a)
}
