import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSite, type TestSite } from '../helpers/site'

let site: TestSite
let countryId: number
beforeAll(async () => {
  site = await createTestSite()
  const { docs } = await site.payload.find({ collection: 'countries', where: { isoCode: { equals: 'NL' } }, limit: 1 })
  countryId = docs[0].id
})
afterAll(async () => {
  await site?.app.close()
})

async function createCity(slug: string, status: 'draft' | 'published') {
  return site.payload.create({
    collection: 'cities',
    data: { name: `City ${slug}`, slug, country: countryId, latitude: 52, longitude: 5, _status: status },
    draft: status === 'draft',
  })
}

describe('publishing', () => {
  it('keeps a draft city off the profile page, the directory and the public API', async () => {
    await createCity('draftville', 'draft')
    expect((await site.get('/en/cities/draftville')).status).toBe(404)
    expect((await site.get('/en/cities')).body).not.toContain('draftville')
    const anonymous = await site.payload.find({ collection: 'cities', where: { slug: { equals: 'draftville' } }, overrideAccess: false })
    expect(anonymous.docs).toHaveLength(0)
  })

  it('shows a published edit at once, though the page was cached', async () => {
    const first = await site.get('/en/cities/rotterdam')
    expect(first.body).toContain('610,386')
    const { docs } = await site.payload.find({ collection: 'cities', where: { slug: { equals: 'rotterdam' } }, limit: 1 })
    await site.payload.update({ collection: 'cities', id: docs[0].id, data: { population: 655_468, populationYear: 2024, _status: 'published' } })
    const second = await site.get('/en/cities/rotterdam')
    expect(second.body).toContain('655,468 (2024)')
    expect(second.body).not.toContain('610,386')
  })

  it('keeps showing the published version while a newer draft is being prepared', async () => {
    const city = await createCity('draftedit', 'published')
    expect((await site.get('/en/cities/draftedit')).body).toContain('City draftedit')
    await site.payload.update({ collection: 'cities', id: city.id, data: { name: 'Renamed in draft' }, draft: true })
    const page = await site.get('/en/cities/draftedit')
    expect(page.body).toContain('City draftedit')
    expect(page.body).not.toContain('Renamed in draft')
  })

  it('removes an unpublished or deleted city from every page', async () => {
    const city = await createCity('goneville', 'published')
    expect((await site.get('/en/cities/goneville')).status).toBe(200)
    expect((await site.get('/en/cities')).body).toContain('/en/cities/goneville')
    await site.payload.update({ collection: 'cities', id: city.id, data: { _status: 'draft' } })
    expect((await site.get('/en/cities/goneville')).status).toBe(404)
    await site.payload.update({ collection: 'cities', id: city.id, data: { _status: 'published' } })
    expect((await site.get('/en/cities/goneville')).status).toBe(200)
    await site.payload.delete({ collection: 'cities', id: city.id })
    expect((await site.get('/en/cities/goneville')).status).toBe(404)
    expect((await site.get('/en/cities')).body).not.toContain('/en/cities/goneville')
  })

  it('updates the directory when a theme label changes', async () => {
    expect((await site.get('/en/cities')).body).toContain('Foreign terrorist fighters (')
    const { docs } = await site.payload.find({ collection: 'themes', where: { slug: { equals: 'foreign-terrorist-fighters' } }, limit: 1 })
    await site.payload.update({ collection: 'themes', id: docs[0].id, locale: 'en', data: { label: 'Returning fighters', _status: 'published' } })
    expect((await site.get('/en/cities')).body).toContain('Returning fighters (')
  })
})
