import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { findPublished } from '../site/find-published'
import { readable } from '../../content/related'
import { type PersonCard, toPersonCard } from '../site/to-person-card'

export type TeamMember = PersonCard

export async function getHubTeam(payload: Payload, regionSlug: string, locale: Locale): Promise<TeamMember[]> {
  const { docs } = await findPublished(payload, 'regions', locale, { where: { slug: { equals: regionSlug } }, depth: 2, limit: 1 })
  return readable(docs[0]?.hubTeam).map(toPersonCard)
}
