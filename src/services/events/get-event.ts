import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import type { RichTextValue } from '../../content/rich-text'
import type { Term } from '../cities/types'
import { terms } from '../news/list-news'
import { type Doc, findPublished, readable } from '../site/find-published'
import { type Picture, toPicture } from '../site/to-picture'
import { type EventSummary, toEventSummary } from './list-events'

export type Speaker = { slug: string; name: string; role: string; photo: Picture | null }

export type EventDetail = EventSummary & {
  description: RichTextValue | null
  agenda: { title: string; startsAt: string; endsAt: string; speakers: Speaker[] }[]
  speakers: Speaker[]
  cities: Term[]
  resources: { slug: string; title: string }[]
  recordings: { title: string; url: string }[]
  outcomes: { slug: string; title: string }[]
}

const toSpeakers = (value: unknown): Speaker[] => readable(value).map((p) => ({ slug: p.slug, name: p.name, role: p.role ?? '', photo: toPicture(p.photo, 'thumbnail') }))
const resourceLinks = (value: unknown) => readable(value).map((r) => ({ slug: r.slug, title: r.title ?? r.slug }))

export async function getEvent(payload: Payload, slug: string, locale: Locale): Promise<EventDetail | null> {
  const { docs } = await findPublished(payload, 'events', locale, { where: { slug: { equals: slug } }, depth: 2, limit: 1 })
  const d = docs[0] as Doc | undefined
  if (!d) return null
  return {
    ...toEventSummary(d),
    description: d.description ?? null,
    agenda: (d.agenda ?? []).map((s: Doc) => ({ title: s.title ?? '', startsAt: s.startsAt, endsAt: s.endsAt, speakers: toSpeakers(s.speakers) })),
    speakers: toSpeakers(d.speakers),
    cities: terms(d.cities, 'name'),
    resources: resourceLinks(d.resources),
    recordings: (d.recordings ?? []).map((r: Doc) => ({ title: r.title ?? r.url, url: r.url })),
    outcomes: resourceLinks(d.outcomes),
  }
}
