import { guardFields } from '../../src/site/forms/guard'
import type { TestSite } from './site'

/**
 * What a browser would send after opening the form: the form cookie, and the
 * guard fields with a start time a few seconds back (as if a person had typed).
 */
export async function openForm(site: TestSite, path: string, headers: Record<string, string> = {}) {
  const res = await site.app.inject({ method: 'GET', url: path, headers })
  const cookie = String(res.headers['set-cookie'] ?? '').split(';')[0]
  const nonce = cookie.split('=')[1]
  return { cookie, guard: guardFields(nonce, Date.now() - 10_000), html: res.body }
}

let nextAddress = 1

/** Posts a form; each call comes from a new address unless one is given, so rate limits only bite where a test wants them to. */
export async function postForm(
  site: TestSite,
  path: string,
  fields: Record<string, string | string[]>,
  cookie: string,
  remoteAddress = `10.0.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}`,
) {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(k, value)
  return site.app.inject({ method: 'POST', url: path, remoteAddress, payload: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie } })
}
