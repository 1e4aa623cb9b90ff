import { randomBytes } from 'node:crypto'
import { isLocale } from '../../src/content/locales'
import { demoLogins } from '../../src/services/seed/seed-demo-content'
import { HONEYPOT_FIELD } from '../../src/site/forms/guard'
import type { FuzzRequest } from './client'
import type { Discovery, FormField, FormTarget } from './discover'
import { encode, queryString, withQuery } from './encode'
import { hostileEnums, hostileHeaders, hostileNumbers, hostileText } from './hostile-values'
import type { Random } from './random'
import { pickLocale } from './site-requests'

const FORM = 'application/x-www-form-urlencoded'
const PASSWORD = 'fuzz-suite-passphrase-41-kestrel'

/** What a person would type: the form then passes, so a hostile field is the only thing wrong with it. */
export function ordinaryValue(field: FormField, tag: string): string {
  if (field.name === HONEYPOT_FIELD) return ''
  switch (field.kind) {
    case 'hidden':
      return field.value
    case 'email':
      return `fuzz-${tag}@example.org`
    case 'password':
      return PASSWORD
    case 'checkbox':
    case 'radio':
    case 'select':
      return field.options[0] ?? ''
    case 'number':
      return '1000'
    case 'tel':
      return '+31 10 123 4567'
    case 'textarea':
      return 'Written by the fuzz suite.'
    default:
      return field.autocomplete === 'email' ? `fuzz-${tag}@example.org` : 'Fuzz Tester'
  }
}

function hostileValue(field: FormField, rnd: Random): string {
  if (['checkbox', 'radio', 'select'].includes(field.kind)) return rnd.pick(rnd.chance(0.7) ? hostileEnums : hostileText)
  if (field.kind === 'number') return rnd.pick(hostileNumbers)
  if (field.kind === 'email' && rnd.chance(0.3))
    return rnd.pick(['a@b', '@example.org', 'a@@b.org', `${'a'.repeat(250)}@example.org`, 'Fuzz <fuzz@example.org>', 'fuzz@example.org\r\nBcc: x@example.org', 'FUZZ@EXAMPLE.ORG '])
  return rnd.pick(hostileText)
}

const tamper = (value: string) => (value ? value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A') : 'x')
// One address per post, so the forms' rate limits (five per address) do not hide what is behind them.
const visitor = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

/**
 * A post of one form: usually as a person would fill it with one or more
 * fields replaced by hostile values, otherwise with the defences or the
 * encoding broken (no cookie, tampered token, JSON, binary, oversized).
 */
export function formRequest(discovery: Discovery, rnd: Random, index: number, seed: number): FuzzRequest[] {
  const form: FormTarget = discovery.forms[index % discovery.forms.length]
  const locale = pickLocale(rnd)
  const tag = `${seed}-${index}`
  const values: [string, string][] = form.fields.map((f) => [f.name, ordinaryValue(f, tag)])
  const editable = form.fields.filter((f) => f.kind !== 'hidden' && f.name !== HONEYPOT_FIELD)
  // Signing out ends the session on the server; every later post would then be anonymous.
  const session = form.route.url.endsWith('/sign-out') ? '' : discovery.sessionCookie
  let cookie = `${discovery.formCookie}; ${session}`
  let contentType = FORM
  let body: string | Buffer | undefined
  let variant = 'hostile field'
  const set = (name: string, value: string) => {
    const pair = values.find(([k]) => k === name)
    if (pair) pair[1] = value
    else values.push([name, value])
  }
  const roll = rnd.next()
  if (roll < 0.45 && editable.length) {
    for (let n = 1 + rnd.int(2); n > 0; n--) {
      const field = rnd.pick(editable)
      set(field.name, hostileValue(field, rnd))
    }
  } else if (roll < 0.55) {
    variant = 'every field hostile'
    for (const field of editable.length ? editable : [{ name: 'extra', kind: 'text' } as FormField]) set(field.name, hostileValue(field, rnd))
  } else if (roll < 0.6) {
    variant = 'repeated and bracketed fields'
    const field = rnd.pick(editable.length ? editable : form.fields)
    values.push([field.name, 'second'], [`${field.name}[b]`, 'c'], [`${field.name}[]`, '1'])
  } else if (roll < 0.65) {
    variant = 'no form cookie'
    cookie = session
  } else if (roll < 0.7) {
    variant = 'tampered CSRF token'
    set('_csrf', rnd.chance(0.5) ? tamper(values.find(([k]) => k === '_csrf')?.[1] ?? '') : rnd.pick(hostileText))
  } else if (roll < 0.74) {
    variant = 'tampered or fresh start time'
    set('_started', rnd.pick([tamper(values.find(([k]) => k === '_started')?.[1] ?? ''), `${Date.now() + 60_000}.x`, '', 'NaN.NaN', rnd.pick(hostileNumbers)]))
  } else if (roll < 0.77) {
    variant = 'honeypot filled'
    set(HONEYPOT_FIELD, 'https://spam.example')
  } else if (roll < 0.82) {
    variant = 'JSON body'
    contentType = 'application/json'
    body = JSON.stringify(Object.fromEntries(values.map(([k, v]) => [k, rnd.pick([v, [v, v], { v }, 12, null, true, v])])))
  } else if (roll < 0.85) {
    variant = 'malformed JSON'
    contentType = 'application/json'
    body = rnd.pick(['{', '{"a":', '[1,2', 'null', '"text"', '{"__proto__":{"x":1}}', '1e309', `${'['.repeat(5000)}${']'.repeat(5000)}`])
  } else if (roll < 0.89) {
    variant = 'wrong content type'
    contentType = rnd.pick([
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=zzz',
      'multipart/form-data',
      'application/octet-stream',
      `${FORM}; charset=utf-16`,
      'image/png',
      '',
    ])
  } else if (roll < 0.92) {
    variant = 'oversized body'
    set(rnd.pick(form.fields)?.name ?? 'x', 'z'.repeat(70_000 + rnd.int(100_000)))
  } else if (roll < 0.95) {
    variant = 'binary body'
    body = randomBytes(64 + rnd.int(4000))
  } else if (roll < 0.97 && form.route.url === '/:locale/account/register') {
    variant = 'address that has an account'
    set('email', demoLogins[rnd.int(demoLogins.length)].email)
  } else if (roll < 0.99 && form.route.url === '/:locale/account/register') {
    variant = 'one new address registered four times at once'
    const request = post(form, locale, values, cookie, FORM, undefined, index, rnd, variant)
    return [0, 1, 2, 3].map((n) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': visitor(index * 4 + n + 1_000_000) } }))
  } else {
    variant = 'as a person fills it'
  }
  return [post(form, locale, values, cookie, contentType, body, index, rnd, variant)]
}

function post(
  form: FormTarget,
  locale: string,
  values: [string, string][],
  cookie: string,
  contentType: string,
  body: string | Buffer | undefined,
  index: number,
  rnd: Random,
  variant: string,
): FuzzRequest {
  const [path, query = ''] = form.action.split('?')
  const action = path.replace(/^\/en(?=\/)/, `/${locale}`)
  const extra = rnd.chance(0.3) ? queryString([['token', rnd.pick(hostileText)]]) : ''
  const headers: Record<string, string> = { cookie, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': visitor(index), ...(rnd.chance(0.05) ? rnd.pick(hostileHeaders) : {}) }
  if (contentType) headers['content-type'] = contentType
  return {
    route: `POST ${form.route.url}`,
    method: 'POST',
    path: withQuery(withQuery(action, query), extra),
    headers,
    body: body ?? values.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'),
    locale: isLocale(locale) ? locale : undefined,
    note: variant,
  }
}
