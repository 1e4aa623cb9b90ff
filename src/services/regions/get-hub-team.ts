import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { type Doc, findPublished, readable } from '../site/find-published'
import { type Picture, toPicture } from '../site/to-picture'

export type TeamMember = { slug: string; name: string; role: string; photo: Picture | null }

export async function getHubTeam(payload: Payload, regionSlug: string, locale: Locale): Promise<TeamMember[]> {
  const { docs } = await findPublished(payload, 'regions', locale, { where: { slug: { equals: regionSlug } }, depth: 2, limit: 1 })
  return readable((docs[0] as Doc | undefined)?.hubTeam).map((p) => ({ slug: p.slug, name: p.name, role: p.role ?? '', photo: toPicture(p.photo, 'thumbnail') }))
}
