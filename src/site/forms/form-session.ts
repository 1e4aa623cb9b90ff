import type { FastifyReply, FastifyRequest } from 'fastify'
import { GUARD_COOKIE, guardFields, newNonce } from './guard'

/** The visitor's form nonce, set on first sight: HttpOnly, SameSite=Lax, Secure over https. */
export function formNonce(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[GUARD_COOKIE]
  if (existing && /^[A-Za-z0-9_-]{24}$/.test(existing)) return existing
  const nonce = newNonce()
  reply.setCookie(GUARD_COOKIE, nonce, { path: '/', httpOnly: true, sameSite: 'lax', secure: process.env.SECURE_COOKIES === 'true' })
  return nonce
}

export function freshGuard(request: FastifyRequest, reply: FastifyReply) {
  return guardFields(formNonce(request, reply))
}
