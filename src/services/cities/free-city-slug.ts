import type { Payload, PayloadRequest } from 'payload'
import { slugify } from '../../shared/slugify'

/**
 * An address for a new city that no other city has, drafts included: its
 * name, else its name and country ("tripoli-ly" beside Lebanon's
 * "tripoli"), else a number after that. Cities share names across the
 * world, and a second application from a member city is not unusual.
 */
export async function freeCitySlug(payload: Payload, name: string, countryCode: string | undefined, req?: PayloadRequest): Promise<string> {
  const base = slugify(name) || 'city'
  const qualified = countryCode ? `${base}-${countryCode.toLowerCase()}` : base
  for (const candidate of [base, qualified, ...Array.from({ length: 20 }, (_, i) => `${qualified}-${i + 2}`)]) {
    const { totalDocs } = await payload.count({ collection: 'cities', where: { slug: { equals: candidate } }, overrideAccess: true, req })
    if (totalDocs === 0) return candidate
  }
  // Twenty namesakes in one country: the time makes it unique, and staff choose a better slug when they publish.
  return `${qualified}-${Date.now()}`
}
