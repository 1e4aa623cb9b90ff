import type { FastifyRequest } from 'fastify'
import type { Payload } from 'payload'
import { hasRole } from '../cms/access/roles'
import type { Viewer } from './routes/types'

const anonymous: Viewer = { member: false, user: null }

// What Payload reads to authenticate: the session cookie (with the headers of its
// CSRF check) or an API token.
const authHeaders = ['cookie', 'origin', 'sec-fetch-site', 'authorization'] as const

/**
 * Who is asking. Most visitors carry no session and are answered from the
 * shared cache without touching the database; a session is checked by
 * Payload exactly as the back office checks it.
 */
export async function identifyViewer(payload: Payload, request: FastifyRequest): Promise<Viewer> {
  if (!request.headers.cookie?.includes('payload-token=') && !request.headers.authorization) return anonymous
  const headers = new Headers()
  for (const name of authHeaders) {
    const value = request.headers[name]
    if (typeof value === 'string') headers.set(name, value)
  }
  const { user } = await payload.auth({ headers })
  if (!user) return anonymous
  return { member: hasRole(user, 'admin', 'editor', 'city-editor', 'member'), user }
}

/**
 * Whom the public site reads as for this viewer: a member's rights at most.
 * Staff see on the site what members see (members-only resources, never a
 * draft or a draft's tags); drafts are for the back office.
 */
export function siteReader(viewer: Viewer): Viewer['user'] {
  return viewer.user ? { ...viewer.user, roles: ['member'] } : null
}
