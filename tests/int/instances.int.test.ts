import { afterAll, describe, expect, it } from 'vitest'
import { createServerData, type RunningServer, type ServerData, startServer } from '../helpers/start-server'

/**
 * Several instances on one PostgreSQL database is the hub's scale path.
 * SQLite is one file for one process, so there is nothing to race there.
 */
describe.runIf(Boolean(process.env.DATABASE_URL))('instances on one PostgreSQL database', () => {
  let data: ServerData
  let servers: RunningServer[] = []

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await data?.drop()
  })

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
})
