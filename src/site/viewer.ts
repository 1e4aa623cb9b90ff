import type { FastifyRequest } from 'fastify'
import type { Payload } from 'payload'
import { hasRole } from '../cms/access/roles'
import type { Viewer } from './routes/types'

const anonymous: Viewer = { member: false, user: null }

/**
 * Who is asking. Most visitors carry no session cookie and are answered from
 * the shared cache without touching the database; a session is checked with
 * Payload, the same cookie as the back office.
 */
export async function identifyViewer(payload: Payload, request: FastifyRequest): Promise<Viewer> {
  if (!request.headers.cookie?.includes('payload-token=')) return anonymous
  const headers = new Headers()
  headers.set('cookie', request.headers.cookie)
  const { user } = await payload.auth({ headers })
  if (!user) return anonymous
  return { member: hasRole(user, 'admin', 'editor', 'city-editor', 'member'), user }
}
