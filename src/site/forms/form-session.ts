import type { FastifyReply, FastifyRequest } from 'fastify'
import { GUARD_COOKIE, guardFields, newNonce } from './guard'

// A page can hold several forms (the header's sign-out and the page's own):
// the nonce made for the first is the one every other form of the response uses.
const madeFor = new WeakMap<FastifyRequest, string>()

/** The visitor's form nonce, set on first sight: HttpOnly, SameSite=Lax, Secure over https. */
export function formNonce(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[GUARD_COOKIE]
  if (existing && /^[A-Za-z0-9_-]{24}$/.test(existing)) return existing
  const made = madeFor.get(request)
  if (made) return made
  const nonce = newNonce()
  madeFor.set(request, nonce)
  reply.setCookie(GUARD_COOKIE, nonce, { path: '/', httpOnly: true, sameSite: 'lax', secure: process.env.SECURE_COOKIES === 'true' })
  return nonce
}

export function freshGuard(request: FastifyRequest, reply: FastifyReply) {
  return guardFields(formNonce(request, reply))
}
