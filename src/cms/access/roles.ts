import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'city-editor', 'member'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  const userRoles = ((user as { roles?: Role[] } | null | undefined)?.roles ?? []) as Role[]
  return userRoles.some((r) => wanted.includes(r))
}

/** IDs of the cities a city editor may edit; relations arrive populated or as bare ids. */
export function assignedCityIds(user: MaybeUser): (number | string)[] {
  const cities = (user as { assignedCities?: unknown[] } | null | undefined)?.assignedCities ?? []
  return cities.map((c) => (typeof c === 'object' && c !== null ? (c as { id: number | string }).id : (c as number | string)))
}
