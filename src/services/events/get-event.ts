import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import type { RichTextValue } from '../../content/rich-text'
import type { Term } from '../cities/types'
import type { Person, Resource } from '../../cms/payload-types'
import { findPublished } from '../site/find-published'
import { readable } from '../../content/related'
import { terms } from '../site/terms'
import { type PersonCard, toPersonCard } from '../site/to-person-card'
import { type EventSummary, toEventSummary } from './list-events'
import { type RegistrationSettings, registrationSettings } from './registration-window'
import { type Picture, toPicture } from '../site/to-picture'

export type Speaker = PersonCard

export type EventDetail = EventSummary & {
  description: RichTextValue | null
  agenda: { title: string; startsAt: string; endsAt: string; speakers: Speaker[] }[]
  speakers: Speaker[]
  cities: Term[]
  resources: { slug: string; title: string }[]
  recordings: { title: string; url: string }[]
  outcomes: { slug: string; title: string }[]
  registration: RegistrationSettings
  photo: Picture | null
}

const toSpeakers = (value: (number | Person)[] | null | undefined): Speaker[] => readable(value).map(toPersonCard)
const resourceLinks = (value: (number | Resource)[] | null | undefined) => readable(value).map((r) => ({ slug: r.slug, title: r.title ?? r.slug }))

export async function getEvent(payload: Payload, slug: string, locale: Locale): Promise<EventDetail | null> {
  const { docs } = await findPublished(payload, 'events', locale, { where: { slug: { equals: slug } }, depth: 2, limit: 1 })
  const [d] = docs
  if (!d) return null
  return {
    ...toEventSummary(d),
    description: d.description ?? null,
    agenda: (d.agenda ?? []).map((s) => ({ title: s.title ?? '', startsAt: s.startsAt, endsAt: s.endsAt, speakers: toSpeakers(s.speakers) })),
    speakers: toSpeakers(d.speakers),
    cities: terms(d.cities),
    resources: resourceLinks(d.resources),
    recordings: (d.recordings ?? []).map((r) => ({ title: r.title ?? r.url, url: r.url })),
    outcomes: resourceLinks(d.outcomes),
    registration: registrationSettings(d),
    photo: toPicture(d.photo, 'wide'),
  }
}
