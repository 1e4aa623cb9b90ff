import type { Payload, TypedUser } from 'payload'

/** The regional hub team's inbox for a member's city, or the support inbox when the region has none; null for people of no member city. */
export async function findHelpDeskInbox(payload: Payload, person: TypedUser): Promise<string | null> {
  const user = person as { memberCity?: unknown; assignedCities?: unknown[] | null }
  const cityRef = user.memberCity ?? user.assignedCities?.[0]
  const cityId = typeof cityRef === 'object' && cityRef ? (cityRef as { id: number }).id : (cityRef as number | undefined)
  if (!cityId) return null
  const city = await payload.findByID({ collection: 'cities', id: cityId, depth: 2, overrideAccess: true, draft: true, disableErrors: true })
  const country = city?.country && typeof city.country === 'object' ? city.country : null
  const region = country?.region && typeof country.region === 'object' ? country.region : null
  if (region?.hubTeamEmail) return region.hubTeamEmail
  const settings = (await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })) as unknown as Record<string, string>
  return settings.inbox_support
}
