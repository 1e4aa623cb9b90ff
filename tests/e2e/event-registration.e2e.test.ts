import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../helpers/e2e'

const baseURL = inject('baseURL')
const browser = useBrowser()
const axeSource = createRequire(import.meta.url)('axe-core').source as string

const password = 'lantern over the quay 58'
const joinUrl = 'https://meet.example.org/e2e-registration-room'
let event: { id: number; slug: string; title: string }
let members: { email: string; name: string }[]

async function rest(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`)
  return res.json()
}

async function login(email: string, secret: string): Promise<string> {
  const res = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: secret }) })
  if (!res.ok) throw new Error(`Sign-in of ${email} → ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/** A browser already signed in as the member, as after the sign-in form (tested once, below). */
async function signedIn(email: string, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser().newContext({ baseURL, ...options })
  await context.addCookies([{ name: 'payload-token', value: await login(email, password), url: baseURL, httpOnly: true, sameSite: 'Lax' }])
  return context
}

async function axeViolations(page: Page): Promise<{ checked: number; found: string[] }> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })
    return { checked: result.passes.length, found: result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`) }
  })
}

beforeAll(async () => {
  const admin = await login('admin@hub.example', 'demo-admin-password')
  const startsAt = new Date(Date.now() + 14 * 24 * 3600_000)
  const created = await rest('POST', '/api/events', admin, {
    title: 'Two-seat webinar on neighbourhood mediation',
    type: 'webinar',
    startsAt: startsAt.toISOString(),
    startsAt_tz: 'Europe/Amsterdam',
    endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
    endsAt_tz: 'Europe/Amsterdam',
    online: true,
    joinUrl,
    summary: 'A small online session, two places only.',
    registration: { open: true, capacity: 2 },
    _status: 'published',
  })
  event = { id: created.doc.id, slug: created.doc.slug, title: created.doc.title }
  members = ['Nadia Benali', 'Jonas Weber', 'Aiko Tanaka'].map((name, i) => ({ name, email: `e2e-registrant${i + 1}@cities.example` }))
  for (const m of members) await rest('POST', '/api/users', admin, { email: m.email, password, name: m.name, roles: ['member'], _verified: true })
}, 60_000)

describe('registering for an event in a real browser', () => {
  it('signs in from the event page, registers members until the event is full, then waitlists the third', async () => {
    // The first comes from the event's page as a visitor, and signs in on the way.
    const first = await browser().newContext({ baseURL, javaScriptEnabled: false })
    const page = await first.newPage()
    await page.goto(`/en/events/${event.slug}`)
    await page.getByRole('link', { name: 'Sign in to register' }).click()
    await page.getByLabel('Email address').fill(members[0].email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`**/en/events/${event.slug}/registration`)
    expect(await page.locator('p', { hasText: 'places left' }).textContent()).toContain('2 places left')
    await page.getByRole('button', { name: 'Register', exact: true }).click()
    await page.getByRole('heading', { name: 'You are registered' }).waitFor()
    expect(await page.getByRole('link', { name: 'Join the event online' }).getAttribute('href')).toBe(joinUrl)
    await first.close()

    const second = await signedIn(members[1].email)
    const two = await second.newPage()
    await two.goto(`/en/events/${event.slug}/registration`)
    expect(await two.locator('p', { hasText: 'place left' }).textContent()).toContain('1 place left')
    await two.getByRole('button', { name: 'Register', exact: true }).click()
    await two.getByRole('heading', { name: 'You are registered' }).waitFor()
    await second.close()

    const third = await signedIn(members[2].email)
    const three = await third.newPage()
    await three.goto(`/en/events/${event.slug}/registration`)
    expect(await three.getByText('This event is full.').count()).toBe(1)
    await three.getByRole('button', { name: 'Join the waitlist' }).click()
    await three.getByRole('heading', { name: 'You are on the waitlist' }).waitFor()
    expect(await three.getByText('You are number 1 on the waitlist').count()).toBe(1)
    expect(await three.getByRole('link', { name: 'Join the event online' }).count()).toBe(0)
    expect(await three.content()).not.toContain(joinUrl)
    await third.close()
  })

  it.each(['en', 'ar'])('axe finds nothing on the registration page in %s, signed in or not, nor on the event page that links to it', async (locale) => {
    const visits = [
      { path: `/${locale}/events/${event.slug}/registration`, context: () => browser().newContext({ baseURL, bypassCSP: true }) },
      { path: `/${locale}/events/${event.slug}/registration`, context: () => signedIn(members[0].email, { bypassCSP: true }) },
      { path: `/${locale}/events/${event.slug}`, context: () => browser().newContext({ baseURL, bypassCSP: true }) },
    ]
    for (const visit of visits) {
      const context = await visit.context()
      const page = await context.newPage()
      const response = await page.goto(visit.path)
      expect(response?.status(), visit.path).toBe(200)
      const { checked, found } = await axeViolations(page)
      expect(checked, visit.path).toBeGreaterThan(10)
      expect(found, visit.path).toEqual([])
      await context.close()
    }
  })
})
