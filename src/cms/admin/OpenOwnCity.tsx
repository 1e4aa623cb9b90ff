import { redirect } from 'next/navigation'
import type { ServerProps } from 'payload'
import { assignedCityIds, isOnlyCityEditor } from '../access/roles'

/**
 * Before the Cities list: a city editor with a single city has nothing to
 * choose, so the list opens that city instead.
 */
export function OpenOwnCity({ payload, user }: ServerProps) {
  if (!isOnlyCityEditor(user)) return null
  const cities = assignedCityIds(user)
  if (cities.length === 1) redirect(`${payload.config.routes.admin}/collections/cities/${cities[0]}`)
  return null
}
