import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { authHeaders, findCityBySlug, graphql, login } from '../helpers/api'
import { useBrowser } from '../helpers/e2e'

const baseURL = inject('baseURL')
const browser = useBrowser()

async function signInToAdmin(email: string, password: string): Promise<Page> {
  const context = await browser().newContext({ baseURL })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/)
  return page
}

async function publicPage(path: string) {
  const res = await fetch(`${baseURL}${path}`)
  return { status: res.status, body: await res.text() }
}

describe('editing in the back office', () => {
  it('an editor changes a city and the public page shows it straight away', async () => {
    expect((await publicPage('/en/cities/aarhus')).body).not.toContain('371,222')
    const city = await findCityBySlug(baseURL, 'aarhus')
    const page = await signInToAdmin('editor@hub.example', 'demo-editor-password')
    await page.goto(`/admin/collections/cities/${city.id}`)
    await page.fill('#field-population', '371222')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.getByText('Updated successfully').first().waitFor()
    expect((await publicPage('/en/cities/aarhus')).body).toContain('371,222')
    await page.context().close()
  })

  it('a city editor cannot change another city, in the admin or through REST', async () => {
    const amman = await findCityBySlug(baseURL, 'amman')
    const page = await signInToAdmin('rotterdam@hub.example', 'demo-city-password')
    await page.goto(`/admin/collections/cities/${amman.id}`)
    await page.locator('#field-population').waitFor()
    expect(await page.locator('#field-population').isEditable()).toBe(false)
    expect(await page.getByRole('button', { name: 'Publish changes' }).count()).toBe(0)
    await page.context().close()

    const token = await login(baseURL, 'rotterdam@hub.example', 'demo-city-password')
    const res = await fetch(`${baseURL}/api/cities/${amman.id}`, { method: 'PATCH', headers: authHeaders(token), body: JSON.stringify({ population: 1 }) })
    expect(res.status).toBe(403)
    expect((await findCityBySlug(baseURL, 'amman')).population).not.toBe(1)

    const rotterdam = await findCityBySlug(baseURL, 'rotterdam')
    const own = await fetch(`${baseURL}/api/cities/${rotterdam.id}?draft=true`, { method: 'PATCH', headers: authHeaders(token), body: JSON.stringify({ populationYear: 2016 }) })
    expect(own.status).toBe(200)
  })

  it('refuses a session cookie sent from another site (CSRF)', async () => {
    const res = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@hub.example', password: 'demo-editor-password' }),
    })
    const cookie = res.headers.get('set-cookie')!.split(';')[0]
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i)
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Lax/i)
    const rotterdam = await findCityBySlug(baseURL, 'rotterdam')
    const patch = (origin: string) =>
      fetch(`${baseURL}/api/cities/${rotterdam.id}?draft=true`, {
        method: 'PATCH',
        headers: { cookie, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ populationYear: 2017 }),
      })
    expect((await patch('https://attacker.example')).status).toBe(403)
    expect((await patch(baseURL)).status).toBe(200)
  })

  it('signed-in members see members-only resources; anonymous visitors do not', async () => {
    const path = '/en/resources/case-conference-simulation-facilitator-pack'
    const title = 'Confidential facilitator pack'
    const asked = await publicPage(path)
    expect(asked.status).toBe(403)
    expect(asked.body).not.toContain(title)
    const anonymous = await (await fetch(`${baseURL}/api/search?q=confidential`)).json()
    expect(JSON.stringify(anonymous)).not.toContain('case-conference-simulation-facilitator-pack')
    const token = await login(baseURL, 'editor@hub.example', 'demo-editor-password')
    // As a browser sends it: the session cookie on a same-origin navigation.
    const sameOrigin = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
    const page = await fetch(`${baseURL}${path}`, { headers: sameOrigin })
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    const signedIn = await (await fetch(`${baseURL}/api/search?q=confidential`, { headers: authHeaders(token) })).json()
    expect(JSON.stringify(signedIn)).toContain('case-conference-simulation-facilitator-pack')
    const found = signedIn.results.find((r: { url: string }) => r.url.endsWith(path))
    expect(found.membersOnly).toBe(true)
    // The library marks it for the member, and marks nothing for the public.
    const library = await (await fetch(`${baseURL}/en/resources?q=confidential`, { headers: sameOrigin })).text()
    const item = library.split('<li').find((li) => li.includes(`href="${path}"`))
    expect(item).toContain('<strong class="badge">Members only</strong>')
    expect((await publicPage('/en/resources')).body).not.toContain('class="badge"')
    // The member's page must not have leaked into the shared cache.
    const again = await publicPage(path)
    expect(again.status).toBe(403)
    expect(again.body).not.toContain(title)
    // A cookie sent cross-site counts for nothing.
    expect((await fetch(`${baseURL}${path}`, { headers: { ...sameOrigin, 'sec-fetch-site': 'cross-site' } })).status).toBe(403)
  })

  it('keeps other people’s data and the inboxes from non-staff, through REST and GraphQL', async () => {
    const token = await login(baseURL, 'rotterdam@hub.example', 'demo-city-password')
    const users = await (await fetch(`${baseURL}/api/users?limit=50`, { headers: authHeaders(token) })).json()
    expect(users.docs.map((u: { email: string }) => u.email)).toEqual(['rotterdam@hub.example'])
    const gql = await graphql(baseURL, '{ Users(limit: 50) { docs { email } } }', token)
    expect(gql.data?.Users.docs).toEqual([{ email: 'rotterdam@hub.example' }])
    for (const collection of ['contact-messages', 'subscribers', 'membership-applications', 'outgoing-mail', 'newsletter-issues']) {
      expect((await fetch(`${baseURL}/api/${collection}`, { headers: authHeaders(token) })).status, collection).toBe(403)
      expect((await fetch(`${baseURL}/api/${collection}`)).status, collection).toBe(403)
    }
    const editor = (await (await fetch(`${baseURL}/api/users?where[email][equals]=editor@hub.example`, { headers: authHeaders(token) })).json()).docs
    expect(editor).toEqual([])
  })

  it('a draft stays invisible to anonymous visitors on every channel', async () => {
    const token = await login(baseURL, 'editor@hub.example', 'demo-editor-password')
    const country = (await (await fetch(`${baseURL}/api/countries?limit=1&depth=0`)).json()).docs[0]
    const created = await fetch(`${baseURL}/api/cities?draft=true`, {
      method: 'POST',
      headers: authHeaders(token),
      body: JSON.stringify({ name: 'Secret Draft City', slug: 'secret-draft-city', country: country.id, latitude: 10, longitude: 10, _status: 'draft' }),
    })
    expect(created.status).toBe(201)

    expect((await publicPage('/en/cities/secret-draft-city')).status).toBe(404)
    expect((await publicPage('/en/cities')).body).not.toContain('Secret Draft City')
    expect(await findCityBySlug(baseURL, 'secret-draft-city')).toBeUndefined()
    const query = '{ Cities(where: { slug: { equals: "secret-draft-city" } }, draft: true) { docs { name } } }'
    expect((await graphql(baseURL, query)).data?.Cities.docs).toEqual([])
    expect((await graphql(baseURL, query, token)).data?.Cities.docs).toEqual([{ name: 'Secret Draft City' }])
  })

  it('shows script a visitor typed into the contact form as text in the admin, and never runs it', async () => {
    const attack = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    const visitor = await (await browser().newContext({ baseURL })).newPage()
    await visitor.goto('/en/contact')
    await visitor.fill('#field-name', `Mallory ${attack}`)
    await visitor.fill('#field-email', 'mallory@example.org')
    await visitor.fill('#field-organisation', attack)
    await visitor.fill('#field-message', `Hello ${attack}`)
    // The form refuses posts made faster than a person could type.
    await visitor.waitForTimeout(3000)
    await visitor.getByRole('button', { name: 'Send message' }).click()
    await visitor.waitForURL(/\/en\/contact\/sent/)
    await visitor.context().close()

    const page = await signInToAdmin('editor@hub.example', 'demo-editor-password')
    const dialogs: string[] = []
    page.on('dialog', (d) => dialogs.push(d.message()))
    await page.goto('/admin/collections/contact-messages')
    await page.getByText(`Mallory ${attack}`).first().waitFor()
    await page.getByText(`Mallory ${attack}`).first().click()
    await page.locator('#field-message').waitFor()
    expect(await page.locator('#field-message').inputValue()).toBe(`Hello ${attack}`)
    expect(await page.locator('#field-organisation').inputValue()).toBe(attack)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(dialogs).toEqual([])
    await page.context().close()
  })

  it('keeps news, events and about pages to staff, and drafts out of REST, GraphQL, pages and feeds', async () => {
    const editor = await login(baseURL, 'editor@hub.example', 'demo-editor-password')
    const draft = await fetch(`${baseURL}/api/news-articles?draft=true`, {
      method: 'POST',
      headers: authHeaders(editor),
      body: JSON.stringify({ title: 'Draft statement', slug: 'draft-statement', type: 'press-release', publishedOn: '2026-11-28', _status: 'draft' }),
    })
    expect(draft.status).toBe(201)
    const anonymous = await (await fetch(`${baseURL}/api/news-articles?where[slug][equals]=draft-statement&draft=true`)).json()
    expect(anonymous.docs).toEqual([])
    const query = '{ NewsArticles(where: { slug: { equals: "draft-statement" } }, draft: true) { docs { title } } }'
    expect((await graphql(baseURL, query)).data?.NewsArticles.docs).toEqual([])
    expect((await graphql(baseURL, query, editor)).data?.NewsArticles.docs).toEqual([{ title: 'Draft statement' }])
    expect((await publicPage('/en/news/draft-statement')).status).toBe(404)
    expect((await publicPage('/en/news/feed.xml')).body).not.toContain('draft-statement')

    const cityEditor = await login(baseURL, 'rotterdam@hub.example', 'demo-city-password')
    for (const [collection, body] of [
      ['news-articles', { title: 'Unauthorised', type: 'news', publishedOn: '2026-11-28' }],
      ['events', { title: 'Unauthorised', type: 'webinar', startsAt: '2027-01-01T10:00:00Z', endsAt: '2027-01-01T11:00:00Z' }],
      ['pages', { title: 'Unauthorised' }],
    ] as const) {
      const res = await fetch(`${baseURL}/api/${collection}`, { method: 'POST', headers: authHeaders(cityEditor), body: JSON.stringify(body) })
      expect(res.status, collection).toBe(403)
    }
    const navigation = await fetch(`${baseURL}/api/globals/navigation`, { method: 'POST', headers: authHeaders(cityEditor), body: JSON.stringify({ footerLinks: [] }) })
    expect(navigation.status).toBe(403)

    // A focal point edits their own city but cannot put it on the steering committee.
    const rotterdam = await findCityBySlug(baseURL, 'rotterdam')
    await fetch(`${baseURL}/api/cities/${rotterdam.id}?draft=true`, {
      method: 'PATCH',
      headers: authHeaders(cityEditor),
      body: JSON.stringify({ steeringCommittee: { member: true } }),
    })
    const seat = await (await fetch(`${baseURL}/api/cities/${rotterdam.id}?draft=true&depth=0`, { headers: authHeaders(editor) })).json()
    expect(seat.steeringCommittee?.member ?? false).toBe(false)
  })
})
