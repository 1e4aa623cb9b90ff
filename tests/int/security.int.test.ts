import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardFields } from '../../src/site/forms/guard'
import { readMailbox, recipients } from '../helpers/mailbox'
import { Actor, demoLogins, restLogin } from '../helpers/roles'
import { type RunningServer, startServer } from '../helpers/start-server'

/**
 * What an outside probe found in the back office's REST and GraphQL API and
 * the account forms, asked again of a real server. One reverse proxy is
 * trusted (TRUST_PROXY=1), so each test speaks as a visitor of its own
 * through X-Forwarded-For and the rate limits count only what it sends.
 */
let server: RunningServer
let visitorCount = 0
const visitor = () => ({ 'x-forwarded-for': `203.0.113.${++visitorCount}` })

async function signIn(role: keyof typeof demoLogins): Promise<Actor> {
  const res = await restLogin(server.url, demoLogins[role].email, demoLogins[role].password, visitor())
  const body = (await res.json()) as { token: string; user: { id: number; email: string } }
  return new Actor(role, server.url, body.token, body.user)
}

const tryLogin = async (email: string, password: string, headers: Record<string, string>) => {
  const started = performance.now()
  const res = await restLogin(server.url, email, password, headers)
  return { status: res.status, message: ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message, ms: performance.now() - started }
}

/** A site form as a browser posts it: the form cookie from the page, the guard fields, a person's fill time. */
async function postSiteForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}, formPage = path) {
  const page = await fetch(`${server.url}${formPage}`, { headers })
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]
  const session = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie
  const guard = guardFields(cookie.split('=')[1], Date.now() - 10_000)
  const body = new URLSearchParams({ ...fields, ...guard })
  return fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual', headers: { ...headers, cookie: session, 'content-type': 'application/x-www-form-urlencoded' }, body })
}

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: '1' })
})

afterAll(async () => {
  await server?.stop()
})

describe('signing in through the API', () => {
  it('limits one visitor’s tries at REST login, whatever address they try', async () => {
    const headers = visitor()
    const statuses: number[] = []
    for (let i = 0; i < 25; i += 1) statuses.push((await tryLogin(`nobody-${i}@hub.example`, 'wrong-password', headers)).status)
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true)
  }, 120_000)

  it('counts GraphQL logins with REST ones', async () => {
    const headers = visitor()
    for (let i = 0; i < 20; i += 1) await tryLogin(`graphql-${i}@hub.example`, 'wrong-password', headers)
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { loginUser(email: "editor@hub.example", password: "demo-editor-password") { token } }' }),
    })
    const body = (await res.json()) as { data?: { loginUser: { token: string } | null }; errors?: { message: string }[] }
    expect(body.data?.loginUser?.token).toBeFalsy()
    expect(body.errors?.[0]?.message).toMatch(/too many/i)
  }, 120_000)

  it('ignores an X-Forwarded-For entry that the trusted proxy did not add', async () => {
    // The proxy appends the address it saw; what the visitor wrote before it is not believed.
    const real = '198.51.100.7'
    for (let i = 0; i < 20; i += 1) await tryLogin(`spoof-${i}@hub.example`, 'wrong-password', { 'x-forwarded-for': `10.9.9.${i}, ${real}` })
    expect((await tryLogin('spoof-last@hub.example', 'wrong-password', { 'x-forwarded-for': `10.9.9.99, ${real}` })).status).toBe(429)
  }, 120_000)

  it('answers an address without an account exactly as one with a wrong password: same words, same cost, same lock-out', async () => {
    const known = []
    const unknown = []
    for (let i = 0; i < 7; i += 1) {
      known.push(await tryLogin('rotterdam@hub.example', 'not-the-password', visitor()))
      unknown.push(await tryLogin('no-such-person@hub.example', 'not-the-password', visitor()))
    }
    expect(unknown.map((r) => [r.status, r.message])).toEqual(known.map((r) => [r.status, r.message]))
    expect(known[5].message).toMatch(/locked/i)
    expect(known[0].message).toMatch(/incorrect/i)
    // Both pay for one password hash on the first five tries (a missing account used to answer in 7 ms against 180).
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const knownMs = median(known.slice(0, 5).map((r) => r.ms))
    const unknownMs = median(unknown.slice(0, 5).map((r) => r.ms))
    expect(unknownMs / knownMs).toBeGreaterThan(0.5)
    expect(unknownMs / knownMs).toBeLessThan(2)
  }, 120_000)

  it('lets only an admin unlock an account', async () => {
    const editor = await signIn('editor')
    const refused = await editor.rest('POST', '/api/users/unlock', { email: 'rotterdam@hub.example' })
    expect(refused.status, refused.request).toBe(403)
    const admin = await signIn('admin')
    const unlocked = await admin.rest('POST', '/api/users/unlock', { email: 'rotterdam@hub.example' })
    expect(unlocked.status, unlocked.request).toBe(200)
    expect((await tryLogin('rotterdam@hub.example', demoLogins['city-editor'].password, visitor())).status).toBe(200)
  })
})

describe('the API’s answers to what it cannot read', () => {
  it('gives a 4xx with a readable message in the asker’s language, never a 500', async () => {
    const cases: [string, string, number][] = [
      ['GET', '/api/cities/abc', 404],
      ['GET', '/api/cities/%00', 404],
      ['GET', '/api/cities/99999999999999999999999', 404],
      ['GET', '/api/cities/versions/abc', 404],
      ['GET', '/api/cities?limit=1.5', 400],
      ['GET', '/api/cities?limit=Infinity', 400],
      ['GET', '/api/cities?page=1e309', 400],
      ['GET', '/api/news-articles?page=99999999999999999999999', 400],

      ['GET', '/api/cities?where[latitude][near]=1,2,3', 400],
    ]
    for (const [method, path, status] of cases) {
      const res = await fetch(`${server.url}${path}`, { method, headers: { 'accept-language': 'fr' } })
      const body = (await res.json()) as { errors: { message: string }[] }
      expect(res.status, `${method} ${path}`).toBe(status)
      expect(body.errors[0].message, `${method} ${path}`).toMatch(/[a-zé]{4}/)
    }
    // PostgreSQL reads "notadate" as no date and answers with nothing found; SQLite's query fails, and that is a 400.
    const badDate = await fetch(`${server.url}/api/cities?where[createdAt][greater_than]=notadate`, { headers: { 'accept-language': 'fr' } })
    expect([200, 400]).toContain(badDate.status)
    expect(await badDate.json()).toBeTypeOf('object')
    // fetch refuses to send TRACE, so it goes over a plain socket.
    const traced = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/api/cities`, { method: 'TRACE' }, (res) => resolve(res.statusCode ?? 0))
      req.on('error', reject)
      req.end()
    })
    expect(traced).toBe(405)
    const french = await fetch(`${server.url}/api/cities?limit=1.5`, { headers: { 'accept-language': 'fr' } })
    expect(((await french.json()) as { errors: { message: string }[] }).errors[0].message).toContain('nombre entier')
  })

  it('refuses a NUL in a sign-in address, reset token or verification link with a 4xx, and signs in as before', async () => {
    const post = (path: string, body: object) =>
      fetch(`${server.url}/api/users/${path}`, {
        method: 'POST',
        headers: { ...visitor(), 'content-type': 'application/json', 'accept-language': 'fr' },
        body: JSON.stringify(body),
      })
    const cases: [string, Promise<Response>, number][] = [
      ['login', post('login', { email: '\u0000', password: '\uffff' }), 400],
      ['login', post('login', { email: 'a\u0000@b.example', password: 'x' }), 400],
      ['forgot-password', post('forgot-password', { email: '\u0000' }), 400],
      ['reset-password', post('reset-password', { token: 'a\u0000b', password: 'longenough-1' }), 400],
      ['verify', fetch(`${server.url}/api/users/verify/%00`, { method: 'POST' }), 404],
    ]
    for (const [name, answer, status] of cases) {
      const res = await answer
      expect(res.status, name).toBe(status)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message, name).toMatch(/[a-zé]{4}/)
    }
    expect((await restLogin(server.url, demoLogins.admin.email, demoLogins.admin.password, visitor())).status).toBe(200)
  })

  it('answers malformed GraphQL with a GraphQL error', async () => {
    for (const body of ['{', JSON.stringify({ query: 'subscription { cities { id } }' }), JSON.stringify({ query: '{ Cities { docs { id ' })]) {
      const res = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      expect(res.status, body).toBe(400)
      expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1)
    }
    const fine = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Cities(limit: 2) { docs { slug } } }' }),
    })
    expect(((await fine.json()) as { data: { Cities: { docs: unknown[] } } }).data.Cities.docs).toHaveLength(2)
  })

  it('caps how much an anonymous read may build', async () => {
    const res = await fetch(`${server.url}/api/cities?depth=10&limit=100&pagination=false`)
    const text = await res.text()
    const body = JSON.parse(text) as { docs: { country: { region?: { hubTeam?: unknown[] } | number } }[]; limit: number }
    expect(res.status).toBe(200)
    expect(body.limit).toBeLessThanOrEqual(100)
    // depth 2 reaches a country's region, and no further: its hub team stays ids.
    const regions = body.docs.map((city) => city.country.region).filter((region) => typeof region === 'object')
    expect(regions.length).toBeGreaterThan(0)
    expect(regions.flatMap((region) => region.hubTeam ?? []).every((person) => typeof person !== 'object')).toBe(true)
    expect(text.length).toBeLessThan(2_000_000)
  })
})

describe('publishing', () => {
  it('keeps a live page live when a plain save follows a draft, and keeps the draft', async () => {
    const editor = await signIn('editor')
    const { json: found } = await editor.rest('GET', '/api/cities?where[slug][equals]=amman&depth=0')
    const amman = found.docs[0]
    const livePopulation = amman.population
    expect((await editor.page('/en/cities/amman')).status).toBe(200)

    const draft = await editor.rest('PATCH', `/api/cities/${amman.id}?draft=true`, { populationYear: 2031 })
    expect(draft.status, draft.text).toBe(200)
    const plain = await editor.rest('PATCH', `/api/cities/${amman.id}`, { population: 4_321_000 })
    expect(plain.status, plain.text).toBe(200)

    const page = await fetch(`${server.url}/en/cities/amman`)
    expect(page.status).toBe(200)
    const { json: live } = await editor.rest('GET', `/api/cities/${amman.id}?depth=0`)
    expect(live.population).toBe(livePopulation)
    const { json: latest } = await editor.rest('GET', `/api/cities/${amman.id}?depth=0&draft=true`)
    expect([latest.populationYear, latest.population]).toEqual([2031, 4_321_000])
  })
})

describe('headers of the back office', () => {
  it('forbids framing and sniffing on /admin and /api', async () => {
    for (const path of ['/admin/login', '/api/cities?limit=1']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })
})

describe('members’ own accounts', () => {
  it('keeps a member from changing their own protected fields over REST', async () => {
    const admin = await signIn('admin')
    const created = await admin.rest('POST', '/api/users', {
      email: 'self-service@hub.example',
      password: 'a-long-member-password',
      name: 'Self Service',
      roles: ['member'],
      _verified: true,
    })
    expect(created.status, created.text).toBe(201)
    const member = new Actor(
      'member',
      server.url,
      ((await (await restLogin(server.url, 'self-service@hub.example', 'a-long-member-password', visitor())).json()) as { token: string }).token,
    )
    const { json: cities } = await admin.rest('GET', '/api/cities?limit=1&depth=0')
    const patch = await member.rest('PATCH', `/api/users/${created.json.doc.id}`, {
      email: 'someone-else@hub.example',
      memberCity: cities.docs[0].id,
      pendingEmail: 'x@hub.example',
      emailChangeToken: 'a'.repeat(48),
      _verified: false,
      name: 'New Name',
    })
    const { json: stored } = await admin.rest('GET', `/api/users/${created.json.doc.id}?depth=0`)
    expect(stored.name, patch.text).toBe('New Name')
    expect(stored.email).toBe('self-service@hub.example')
    expect(stored.memberCity ?? null).toBeNull()
    expect(stored.pendingEmail ?? null).toBeNull()
    expect(stored._verified).toBe(true)
  })

  it('ends the session on the server when a member signs out, and refuses a sign-out without the form token', async () => {
    const res = await restLogin(server.url, demoLogins['city-editor'].email, demoLogins['city-editor'].password, visitor())
    const { token } = (await res.json()) as { token: string }
    const me = () => fetch(`${server.url}/api/users/me`, { headers: { authorization: `JWT ${token}` } }).then((r) => r.json() as Promise<{ user: unknown }>)
    expect((await me()).user).toBeTruthy()

    // A page elsewhere posting the sign-out form with the visitor's cookie, without the form's token.
    const forged = await fetch(`${server.url}/en/account/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: 'https://elsewhere.example', cookie: `payload-token=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    })
    expect(forged.headers.get('location')).not.toBe('/en/')
    expect((await me()).user).toBeTruthy()

    const signedOut = await postSiteForm('/en/account/sign-out', {}, { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }, '/en/account')
    expect(signedOut.status).toBe(303)
    expect((await me()).user).toBeNull()
  })

  it('answers registration of a taken address as any other, and tells the owner by mail', async () => {
    const fields = { name: 'Someone', email: 'editor@hub.example', organisation: '', city: '', password: 'another-long-passphrase-42' }
    const taken = await postSiteForm('/en/account/register', fields, visitor())
    expect(taken.status).toBe(303)
    expect(taken.headers.get('location')).toBe('/en/account/registered')
    await expect
      .poll(async () => (await readMailbox(server.mailDir)).some((m) => recipients(m).includes('editor@hub.example') && /already have an account/.test(m.subject ?? '')), {
        timeout: 20_000,
      })
      .toBe(true)
  })

  it('registers one account when the same new address is sent four times at once', async () => {
    const fields = { name: 'Quick Clicker', email: 'quick-clicker@hub.example', organisation: '', city: '', password: 'another-long-passphrase-42' }
    const answers = await Promise.all([1, 2, 3, 4].map(() => postSiteForm('/en/account/register', fields, visitor())))
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303, 303])
    const admin = await signIn('admin')
    const { json } = await admin.rest('GET', '/api/users?where[email][equals]=quick-clicker@hub.example')
    expect(json.totalDocs).toBe(1)
  })

  it('says a name of 61 emoji is too long, as the database counts it, and keeps what was typed', async () => {
    const name = '🙂'.repeat(61)
    const res = await postSiteForm(
      '/en/account/register',
      { name, email: 'emoji@hub.example', organisation: 'Emoji Org', city: '', password: 'another-long-passphrase-42' },
      visitor(),
    )
    const html = await res.text()
    expect(res.status).toBe(400)
    expect(html).toContain('This is too long')
    expect(html).toContain('Emoji Org')
  })
})
