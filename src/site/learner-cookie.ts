import { randomBytes } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Learner } from '../services/training/learner'
import type { Viewer } from './routes/types'

/** The browser's key for the lessons it took without an account. */
export const LEARNER_COOKIE = 'hub_learner'
const pattern = /^[A-Za-z0-9_-]{24}$/
// Long enough to finish a module over a few weeks; sign in to keep progress for good.
const maxAge = 90 * 24 * 60 * 60

export const visitorKeyOf = (request: FastifyRequest): string | null => {
  const key = request.cookies[LEARNER_COOKIE]
  return key && pattern.test(key) ? key : null
}

/**
 * Who is learning: the signed-in member, else this browser by its key. With
 * `make`, a browser without a key gets one (HttpOnly, SameSite=Lax), on its
 * first answer; reading a lesson alone sets nothing, so it stays cacheable.
 */
export function learnerOf(request: FastifyRequest, reply: FastifyReply, viewer: Viewer, make: boolean): Learner | null {
  if (viewer.user) return { memberId: Number(viewer.user.id) }
  const key = visitorKeyOf(request)
  if (key) return { visitor: key }
  if (!make) return null
  const made = randomBytes(18).toString('base64url')
  reply.setCookie(LEARNER_COOKIE, made, { path: '/', httpOnly: true, sameSite: 'lax', secure: process.env.SECURE_COOKIES === 'true', maxAge })
  return { visitor: made }
}

/** Once the progress is the account's, the browser's key has served. */
export const forgetVisitor = (reply: FastifyReply) => reply.clearCookie(LEARNER_COOKIE, { path: '/' })
