import type { Payload, TypedUser } from 'payload'
import { readableOne } from '../../content/related'

/** The regional hub team's inbox for a member's city, or the support inbox when the region has none; null for people of no member city. */
export async function findHelpDeskInbox(payload: Payload, person: TypedUser): Promise<string | null> {
  const cityRef = person.memberCity ?? person.assignedCities?.[0]
  const cityId = typeof cityRef === 'object' ? cityRef?.id : cityRef
  if (!cityId) return null
  const city = await payload.findByID({ collection: 'cities', id: cityId, depth: 2, overrideAccess: true, draft: true, disableErrors: true })
  const country = readableOne(city?.country)
  const region = readableOne(country?.region)
  if (region?.hubTeamEmail) return region.hubTeamEmail
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  return settings.inbox_support
}
