import type { ClientUser, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'city-editor', 'member'] as const
export type Role = (typeof roles)[number]

// The user of a request, or the one the admin UI knows (ClientUser), whose roles and cities are the same.
type MaybeUser = PayloadRequest['user'] | ClientUser | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  const userRoles = ((user as { roles?: Role[] } | null | undefined)?.roles ?? []) as Role[]
  return userRoles.some((r) => wanted.includes(r))
}

/** IDs of the cities a city editor may edit; relations arrive populated or as bare ids. */
export function assignedCityIds(user: MaybeUser): (number | string)[] {
  const cities = (user as { assignedCities?: unknown[] } | null | undefined)?.assignedCities ?? []
  return cities.map((c) => (typeof c === 'object' && c !== null ? (c as { id: number | string }).id : (c as number | string)))
}

/** A city focal point and nothing more: their back office is their own cities. */
export function isOnlyCityEditor(user: MaybeUser): boolean {
  return hasRole(user, 'city-editor') && !hasRole(user, 'admin', 'editor')
}
