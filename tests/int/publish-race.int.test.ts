import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSite, type TestSite } from '../helpers/site'

/**
 * Renders race publishes. A page or a search answer requested after a publish
 * has returned must show that publish: never a page cached from a render that
 * read the content, or the index, before the change committed.
 */
let site: TestSite
let cityId: number
beforeAll(async () => {
  site = await createTestSite()
  const { docs } = await site.payload.find({ collection: 'countries', where: { isoCode: { equals: 'NL' } }, limit: 1 })
  const city = await site.payload.create({
    collection: 'cities',
    data: { name: 'Racetown 1000', slug: 'racetown', country: docs[0].id, latitude: 52, longitude: 5, population: 1000, _status: 'published' },
  })
  cityId = city.id
})
afterAll(async () => {
  await site?.app.close()
})

const publishes = 20
const renders = 200
const population = (i: number) => 1000 + i + 1
const formatted = (n: number) => n.toLocaleString('en')

/** What a request started with `done` publishes returned, one maybe in flight, may show. */
function allowed(done: number, during: boolean): number[] {
  const shown = done === 0 ? [1000] : [population(done - 1)]
  return during ? [...shown, population(done)] : shown
}

describe('publishing under load', () => {
  it(`serves no stale page after a publish returns: ${renders} renders during ${publishes} publishes`, async () => {
    let done = 0
    let during = false
    let finished = false
    let rendered = 0
    const stale: string[] = []
    const urls = ['/en/cities/racetown', '/api/search?q=racetown']

    const render = async (url: string) => {
      const at = { done, during }
      const res = await site.get(url)
      expect(res.status, url).toBe(200)
      rendered++
      const shown = allowed(at.done, at.during).map((n) => (url.includes('/search') ? `Racetown ${n}` : formatted(n)))
      if (!shown.some((text) => res.body.includes(text))) stale.push(`${url} after ${at.done} publishes${at.during ? ' (one in flight)' : ''}`)
    }
    const renderer = async (worker: number) => {
      for (let n = worker; !finished || rendered < renders; n++) {
        await render(urls[n % urls.length])
        // Injected requests resolve without a timer tick; leave the publisher its turn.
        await new Promise((r) => setTimeout(r, 1))
      }
    }
    const publisher = async () => {
      for (let i = 0; i < publishes; i++) {
        const target = Math.floor(((i + 1) * renders) / (publishes + 1))
        while (rendered < target) await new Promise((r) => setTimeout(r, 1))
        during = true
        await site.payload.update({ collection: 'cities', id: cityId, data: { population: population(i), name: `Racetown ${population(i)}` } })
        during = false
        done = i + 1
        // The first request after the publish returns sees it, page and search alike.
        for (const url of urls) await render(url)
      }
      finished = true
    }
    await Promise.all([publisher(), renderer(0), renderer(1), renderer(2)])

    expect(rendered).toBeGreaterThanOrEqual(renders)
    expect(stale).toEqual([])
  })
})
