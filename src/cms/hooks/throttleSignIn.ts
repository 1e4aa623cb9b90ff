import { APIError, AuthenticationError, type CollectionBeforeOperationHook, LockedAuth } from 'payload'
import { CLIENT_IP_HEADER } from '../../shared/client-ip'
import { RateLimiter } from '../../shared/rate-limit'
import { spendPasswordHash } from '../../shared/spend-password-hash'
import { l, say } from '../labels'

const WINDOW_MS = 10 * 60 * 1000
// One address may try ten sign-ins in ten minutes, one visitor twenty, on every channel (site, REST, GraphQL).
const perAddress = new RateLimiter('sign-in-address', 10, WINDOW_MS)
const perVisitor = new RateLimiter('sign-in-visitor', 20, WINDOW_MS)
// Attempts on addresses that have no account, so they lock exactly as real accounts do.
const unknownAddress = new RateLimiter('sign-in-unknown', Number.MAX_SAFE_INTEGER, WINDOW_MS)

const tooManyAttempts = l(
  'Too many sign-in attempts. Wait ten minutes, then try again.',
  'Trop de tentatives de connexion. Attendez dix minutes, puis réessayez.',
  'محاولات تسجيل دخول كثيرة جدًا. انتظر عشر دقائق ثم حاول مرة أخرى.',
)

/**
 * Sign-in limits for every channel, and no way to tell an address without an
 * account from one with a wrong password: both cost one password hash, both
 * answer "incorrect" five times and "locked" after that.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const visitor = req.headers.get(CLIENT_IP_HEADER)
  if ((visitor && !(await perVisitor.allow(req.payload, visitor))) || (email && !(await perAddress.allow(req.payload, email)))) {
    throw new APIError(say(tooManyAttempts, req), 429, null, true)
  }
  if (!email || typeof data?.password !== 'string' || !data.password) return args
  const account = await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: email } }, req })
  if (account) return args
  // Payload locks an account once it has failed maxLoginAttempts times; the next attempt is refused before any hash.
  if ((await unknownAddress.count(req.payload, email)) > (collection.auth.maxLoginAttempts ?? 5)) throw new LockedAuth(req.t)
  await spendPasswordHash(data.password)
  throw new AuthenticationError(req.t)
}
