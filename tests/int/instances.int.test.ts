import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { changeFeedApplicationName } from '../../src/cms/change-feed'
import { readMailbox, recipients } from '../helpers/mailbox'
import { demoLogins, restLogin, submitSiteForm } from '../helpers/roles'
import { closeServerPayload, openServerPayload } from '../helpers/server-payload'
import { createServerData, type RunningServer, type ServerData, startServer } from '../helpers/start-server'

/**
 * Several instances on one PostgreSQL database is the hub's scale path.
 * SQLite is one file for one process, so there is nothing to race there.
 */
describe.runIf(Boolean(process.env.DATABASE_URL))('instances on one PostgreSQL database', () => {
  let data: ServerData
  let servers: RunningServer[] = []
  let payload: Payload | undefined

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    if (payload) await closeServerPayload(payload)
    await data?.drop()
  })

  const onDatabase = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: data.env.DATABASE_URL })
    await client.connect()
    try {
      return await run(client)
    } finally {
      await client.end()
    }
  }
  const population = async (server: RunningServer) => (await (await fetch(`${server.url}/en/cities/rotterdam`)).text()).match(/\d{3},\d{3} \(\d{4}\)/)?.[0]

  it('start together on an empty database: one migrates and seeds, both serve the same demo', async () => {
    data = await createServerData()
    servers = await Promise.all([startServer({}, data), startServer({}, data)])
    for (const server of servers) {
      const res = await fetch(`${server.url}/en/cities/rotterdam`)
      expect(res.status, server.url).toBe(200)
      const cities = (await (await fetch(`${server.url}/api/cities?where[slug][equals]=rotterdam&depth=0`)).json()) as { totalDocs: number }
      // Seeded once: two seeds would have made a second Rotterdam or failed on its slug.
      expect(cities.totalDocs).toBe(1)
    }
  }, 240_000)

  it('serves an edit made through one instance from the other on its next request', async () => {
    const [a, b] = servers
    const before = await population(b) // now cached on b
    const login = await restLogin(a.url, demoLogins.admin.email, demoLogins.admin.password)
    const { token } = (await login.json()) as { token: string }
    const { docs } = (await (await fetch(`${a.url}/api/cities?where[slug][equals]=rotterdam&depth=0`)).json()) as { docs: { id: number }[] }
    for (const [i, value] of [701_234, 702_345, 703_456].entries()) {
      const res = await fetch(`${a.url}/api/cities/${docs[0].id}`, {
        method: 'PATCH',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ population: value, populationYear: 2030 + i }),
      })
      expect(res.status).toBe(200)
      expect(await population(b)).toBe(`${value.toLocaleString('en')} (${2030 + i})`)
    }
    expect(before ?? '').not.toMatch(/^70/)
  })

  it('empties its caches when its connection for change notices comes back, since it may have missed some', async () => {
    const [a, b] = servers
    expect(await population(b)).toBe('703,456 (2032)')
    const listeners = () =>
      onDatabase(async (c) => Number((await c.query('SELECT count(*) FROM pg_stat_activity WHERE application_name = $1', [changeFeedApplicationName])).rows[0].count))
    expect(await listeners()).toBe(2)
    // Cut both instances off from notices, then change the data behind their backs: no notice is sent.
    await onDatabase(async (c) => {
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [changeFeedApplicationName])
      await c.query(`UPDATE cities SET population = 704567, population_year = 2033 WHERE slug = 'rotterdam'`)
    })
    for (let tries = 0; (await listeners()) < 2; tries++) {
      expect(tries, 'both instances listen again').toBeLessThan(100)
      await new Promise((r) => setTimeout(r, 100))
    }
    for (const server of [a, b]) expect(await population(server), server.url).toBe('704,567 (2033)')
  })

  it('limits a form storm split over both instances as one visitor', async () => {
    const [a, b] = servers
    const fields = { topic: 'support', name: 'Storm', email: 'storm@city.example', organisation: 'City of Storms', message: 'One of many messages sent at once.' }
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => submitSiteForm(i % 2 ? b.url : a.url, '/en/contact', fields)))
    const statuses = replies.map((r) => r.status)
    // Five per visitor and form in ten minutes, counted once for the network, not once per instance.
    expect(statuses.filter((s) => s === 303)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(7)
  }, 60_000)

  it('sends a newsletter issue with both instances running to every subscriber exactly once', async () => {
    payload = await openServerPayload(data)
    const readers = Array.from({ length: 120 }, (_, i) => `instance-reader${i}@example.org`)
    for (const email of readers) {
      await payload.create({ collection: 'subscribers', data: { email, locale: 'en', status: 'confirmed', token: randomBytes(24).toString('base64url') }, overrideAccess: true })
    }
    const { docs: users } = await payload.find({ collection: 'users', where: { email: { equals: demoLogins.editor.email } }, limit: 1, overrideAccess: true })
    const issue = await payload.create({
      collection: 'newsletter-issues',
      data: { title: 'Two instances', introduction: 'News from the network.' },
      user: users[0],
      overrideAccess: false,
    })
    await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { send: true }, user: users[0], overrideAccess: false })
    // The issue is now 'sending': both instances' runners take it up, and one lock lets one of them send.
    for (let tries = 0; (await payload.findByID({ collection: 'newsletter-issues', id: issue.id, depth: 0, overrideAccess: true })).status !== 'sent'; tries++) {
      expect(tries, 'the issue is sent').toBeLessThan(240)
      await new Promise((r) => setTimeout(r, 500))
    }
    const digests = (await readMailbox(servers[0].mailDir)).filter((m) => m.subject === 'Two instances')
    const perReader = new Map<string, number>()
    for (const mail of digests) for (const to of recipients(mail)) if (to) perReader.set(to, (perReader.get(to) ?? 0) + 1)
    expect(readers.filter((r) => perReader.get(r) !== 1)).toEqual([])
  }, 180_000)

  it('holds an event’s places when members register through both instances at the same moment', async () => {
    payload ??= await openServerPayload(data)
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000)
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Three places, two instances',
        slug: 'three-places-two-instances',
        type: 'workshop',
        startsAt: startsAt.toISOString(),
        startsAt_tz: 'Europe/Amsterdam',
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
        endsAt_tz: 'Europe/Amsterdam',
        registration: { open: true, capacity: 3 },
        _status: 'published',
      },
      overrideAccess: true,
    })
    const password = 'two instances one queue 31'
    const sessions = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const email = `instance-registrant${i}@example.org`
        await payload!.create({ collection: 'users', data: { email, password, name: `Registrant ${i}`, roles: ['member'], _verified: true }, overrideAccess: true })
        const { token } = (await (await restLogin(servers[0].url, email, password)).json()) as { token: string }
        return { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
      }),
    )
    const page = `/en/events/${event.slug}/registration`
    const replies = await Promise.all(sessions.map((headers, i) => submitSiteForm(servers[i % 2].url, page, { event: String(event.id) }, { waitMs: 0, headers })))
    expect(replies.map((r) => r.status)).toEqual(sessions.map(() => 303))
    const { docs } = await payload.find({ collection: 'event-registrations', where: { event: { equals: event.id } }, pagination: false, overrideAccess: true })
    expect(docs.filter((r) => r.status === 'confirmed')).toHaveLength(3)
    expect(docs.filter((r) => r.status === 'waitlisted')).toHaveLength(5)
  }, 60_000)
})
