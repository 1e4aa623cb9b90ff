import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { payloadSecret } from '../../cms/secret'

/**
 * Every public form carries three defences, none needing a third party:
 * a CSRF token bound to a cookie, a honeypot field that people never see,
 * and a signed start time (a person takes more than a moment to fill a form).
 */
export const GUARD_COOKIE = 'hub_form'
export const HONEYPOT_FIELD = 'website'
export const MIN_FILL_MS = 2500

const key = () => createHmac('sha256', payloadSecret()).update('public-forms').digest()
const sign = (value: string) => createHmac('sha256', key()).update(value).digest('base64url')

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function newNonce(): string {
  return randomBytes(18).toString('base64url')
}

export type GuardFields = { _csrf: string; _started: string }

export function guardFields(nonce: string, now = Date.now()): GuardFields {
  return { _csrf: sign(`csrf:${nonce}`), _started: `${now}.${sign(`started:${now}`)}` }
}

export type GuardVerdict = 'ok' | 'csrf' | 'bot' | 'too-fast'

/** `timed: false` for one-button forms (confirm, unsubscribe), where speed says nothing about the sender. */
export function checkGuard(body: Record<string, unknown>, nonce: string | undefined, { timed = true, now = Date.now() } = {}): GuardVerdict {
  if (!nonce || typeof body._csrf !== 'string' || !same(body._csrf, sign(`csrf:${nonce}`))) return 'csrf'
  if (typeof body[HONEYPOT_FIELD] === 'string' && body[HONEYPOT_FIELD] !== '') return 'bot'
  const [time, signature] = String(body._started ?? '').split('.')
  if (!time || !signature || !same(signature, sign(`started:${time}`))) return 'csrf'
  return timed && now - Number(time) < MIN_FILL_MS ? 'too-fast' : 'ok'
}
