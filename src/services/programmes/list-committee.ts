import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { findPublished } from '../site/find-published'
import { readableOne } from '../../content/related'
import { type Picture, toPicture } from '../site/to-picture'

export type CommitteeSeat = {
  city: { slug: string; name: string; country: string }
  termStart: string | null
  termEnd: string | null
  representative: { name: string; role: string; photo: Picture | null } | null
  current: boolean
}

/** Cities on the International Steering Committee: sitting members first, then those whose term ended. */
export async function listCommittee(payload: Payload, locale: Locale, now = new Date()): Promise<CommitteeSeat[]> {
  const { docs } = await findPublished(payload, 'cities', locale, { where: { 'steeringCommittee.member': { equals: true } }, depth: 2 })
  return docs
    .map((c) => {
      const seat = c.steeringCommittee ?? {}
      const rep = readableOne(seat.representative)
      const country = readableOne(c.country)
      return {
        city: { slug: c.slug, name: c.name ?? c.slug, country: country?.name ?? '' },
        termStart: seat.termStart ?? null,
        termEnd: seat.termEnd ?? null,
        representative: rep ? { name: rep.name ?? rep.slug, role: rep.role ?? '', photo: toPicture(rep.photo, 'thumbnail') } : null,
        current: !seat.termEnd || new Date(seat.termEnd) >= now,
      }
    })
    .sort((a, b) => Number(b.current) - Number(a.current) || a.city.name.localeCompare(b.city.name, locale))
}
