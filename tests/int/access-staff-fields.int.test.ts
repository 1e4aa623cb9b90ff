import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Actor, demoLogins, restLogin } from '../helpers/roles'
import { type RunningServer, startServer } from '../helpers/start-server'

/**
 * A city's page address, its sample-content flag, its membership date and
 * its country are the network's record: a city editor saving their city
 * through REST keeps them as they were, while the rest of the save goes
 * through.
 */
let server: RunningServer

async function signIn(role: keyof typeof demoLogins, extraHeaders: Record<string, string> = {}): Promise<Actor> {
  const res = await restLogin(server.url, demoLogins[role].email, demoLogins[role].password)
  const body = (await res.json()) as { token: string; user: { id: number; email: string } }
  return new Actor(role, server.url, body.token, body.user, extraHeaders)
}

beforeAll(async () => {
  server = await startServer()
})

afterAll(async () => {
  await server?.stop()
})

describe('fields only staff change', () => {
  it('keeps a city’s slug, sample flag, membership date and country when its city editor saves it', async () => {
    const editor = await signIn('editor')
    const cityEditor = await signIn('city-editor')
    const before = (await editor.rest('GET', '/api/cities?where[slug][equals]=rotterdam&depth=0&draft=true')).json.docs[0]
    const otherCountry = (await editor.rest('GET', `/api/countries?where[id][not_equals]=${before.country}&limit=1&depth=0`)).json.docs[0]

    const saved = await cityEditor.rest('PATCH', `/api/cities/${before.id}?draft=true&depth=0`, {
      slug: 'renamed-by-the-city',
      isSample: !before.isSample,
      memberSince: '2001-01-01T00:00:00.000Z',
      country: otherCountry.id,
      populationYear: 2019,
    })
    expect(saved.status, saved.request).toBe(200)
    const after = (await editor.rest('GET', `/api/cities/${before.id}?draft=true&depth=0`)).json
    expect(after.populationYear).toBe(2019)
    expect(after.slug).toBe('rotterdam')
    expect(after.isSample).toBe(before.isSample)
    expect(after.memberSince).toBe(before.memberSince)
    expect(after.country).toBe(before.country)

    const byStaff = await editor.rest('PATCH', `/api/cities/${before.id}?draft=true&depth=0`, { isSample: !before.isSample })
    expect(byStaff.json.doc.isSample, byStaff.request).toBe(!before.isSample)
    await editor.rest('PATCH', `/api/cities/${before.id}?draft=true&depth=0`, { isSample: before.isSample })
  })
})

describe('language for emails', () => {
  it('is one of the hub’s languages', async () => {
    const admin = await signIn('admin')
    const cityEditor = await signIn('city-editor')
    const id = cityEditor.user!.id
    expect((await admin.rest('PATCH', `/api/users/${id}`, { locale: 'xx' })).status).toBe(400)
    const saved = await cityEditor.rest('PATCH', `/api/users/${id}`, { locale: 'ar' })
    expect(saved.status, saved.request).toBe(200)
    expect(saved.json.doc.locale).toBe('ar')
    await cityEditor.rest('PATCH', `/api/users/${id}`, { locale: 'en' })
  })
})
