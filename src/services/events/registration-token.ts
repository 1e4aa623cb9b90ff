import { createHmac, timingSafeEqual } from 'node:crypto'
import { payloadSecret } from '../../cms/secret'

/**
 * The token of a registration's cancel link: its id and a signature over the
 * id and the moment of registering, so a link works without signing in, only
 * for that registration, and no longer once the member registers again.
 * Letters, digits, "-" and "_" only: stored mail redacts it as every `token=`.
 */
const sign = (id: number | string, registeredAt: string) =>
  createHmac('sha256', createHmac('sha256', payloadSecret()).update('event-registration-cancel').digest())
    .update(`${id}:${new Date(registeredAt).toISOString()}`)
    .digest('base64url')

export function cancelToken(registration: { id: number | string; registeredAt: string }): string {
  return `${registration.id}-${sign(registration.id, registration.registeredAt)}`
}

/** The registration id a token names, before its signature is checked against that registration. */
export function tokenRegistrationId(token: string): number | null {
  const match = /^(\d{1,12})-[A-Za-z0-9_-]{43}$/.exec(token)
  return match ? Number(match[1]) : null
}

export function tokenMatches(token: string, registration: { id: number | string; registeredAt: string }): boolean {
  const expected = Buffer.from(cancelToken(registration))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
