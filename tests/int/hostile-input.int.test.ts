import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTranslator } from '../../src/content/i18n/translate'
import { openForm, postForm } from '../helpers/forms'
import { createTestSite, type TestSite } from '../helpers/site'
import { paragraph } from '../helpers/rich-text'

const attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
let site: TestSite

beforeAll(async () => {
  site = await createTestSite()
  const { docs: countries } = await site.payload.find({ collection: 'countries', limit: 1, depth: 0 })
  const { docs: sectors } = await site.payload.find({ collection: 'sectors', limit: 1, depth: 0 })
  const theme = await site.payload.create({ collection: 'themes', data: { label: `Theme ${attack}`, slug: 'hostile-theme', _status: 'published' } })
  const person = await site.payload.create({ collection: 'people', data: { name: `Mayor ${attack}`, slug: 'hostile-person', role: attack, _status: 'published' } })
  await site.payload.create({
    collection: 'cities',
    data: {
      name: `Town ${attack}`,
      slug: 'hostile-town',
      country: countries[0].id,
      latitude: 1,
      longitude: 1,
      _status: 'published',
      themes: [theme.id],
      leaders: [person.id],
      background: paragraph(`Background ${attack}`),
      nationalOverview: paragraph(attack),
      localOverview: paragraph(attack),
      sourceGroups: [{ title: `Group ${attack}`, links: [{ title: `Link ${attack}`, url: 'https://example.org/doc', documentLanguage: 'nl', note: attack }] }],
      initiatives: [{ title: `Initiative ${attack}`, body: paragraph(attack), url: 'https://example.org/initiative' }],
      sectorActivities: [{ sector: sectors[0].id, body: paragraph(attack) }],
    },
  })
})
afterAll(async () => {
  await site?.app.close()
})

describe('HTML and script typed into content', () => {
  it('is shown as text on the profile and in the directory, in every field', async () => {
    for (const url of ['/en/cities/hostile-town', '/ar/cities/hostile-town', '/en/cities', '/en']) {
      const { status, body } = await site.get(url)
      expect(status, url).toBe(200)
      expect(body, url).not.toContain('<script>alert')
      expect(body, url).not.toContain('<img src=x')
    }
    const { body } = await site.get('/en/cities/hostile-town')
    expect(body.match(/&lt;script&gt;alert/g)!.length).toBeGreaterThanOrEqual(10)
  })

  it('refuses links that are not http(s) or mailto', async () => {
    const { docs } = await site.payload.find({ collection: 'cities', where: { slug: { equals: 'hostile-town' } }, limit: 1, depth: 0 })
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x']) {
      const error = await site.payload
        .update({ collection: 'cities', id: docs[0].id, data: { initiatives: [{ title: 'x', url }] } })
        .catch((e: { data?: { errors?: { message: string }[] } }) => e)
      expect(JSON.stringify((error as { data?: unknown }).data), url).toContain('Enter a full web address')
    }
    expect((await site.get('/en/cities/hostile-town')).body).toContain('href="https://example.org/initiative"')
  })
})

// Each of these answered 500 before (found by tests/fuzz); each now says what is wrong, in the page's language.
describe('hostile filters and forms of the public site', () => {
  const lang = (html: string) => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1]
  const application = {
    cityName: 'Ville Fictive',
    country: 'KE',
    population: '5000',
    applicantName: 'Amina Diallo',
    applicantRole: 'Adjointe',
    applicantEmail: 'amina@ville.example',
    applicantPhone: '',
    leaderName: 'Maire Fictif',
    leaderRole: 'Maire',
    focalPointName: 'Amina Diallo',
    focalPointEmail: 'amina@ville.example',
    motivation: 'Apprendre des autres villes.',
    preventionWork: 'Un plan local.',
    consent: 'yes',
  }

  it("answers an unknown search or library type with a 400 page in the visitor's language", async () => {
    for (const [url, locale] of [
      ['/en/search?type=foo', 'en'],
      ['/fr/resources?type=0x10', 'fr'],
      ['/ar/search?q=port&type=type.foo', 'ar'],
    ] as const) {
      const { status, body, headers } = await site.get(url)
      expect(status, url).toBe(400)
      expect(String(headers['content-type']), url).toContain('text/html')
      expect(lang(body), url).toBe(locale)
      expect(body, url).toContain(createTranslator(locale)('error.badRequest.title'))
    }
    // Real kinds still filter.
    expect((await site.get('/en/search?type=case-study')).status).toBe(200)
    expect((await site.get('/en/resources?type=toolkit')).status).toBe(200)
  })

  it('answers an unknown type in the search API with a JSON error naming the parameter', async () => {
    const { status, body } = await site.get('/api/search?q=youth&type=foo')
    expect(status).toBe(400)
    expect(JSON.parse(body)).toMatchObject({ error: 'invalid_parameters', issues: [{ parameter: 'type' }] })
  })

  it('refuses a NUL character in the join form (PostgreSQL cannot store one) with the answers kept', async () => {
    const before = await site.payload.count({ collection: 'membership-applications', overrideAccess: true })
    const { cookie, guard } = await openForm(site, '/ar/join')
    const res = await postForm(site, '/ar/join', { ...application, motivation: 'Apprendre\u0000 des autres villes.', ...guard }, cookie)
    expect(res.statusCode).toBe(400)
    expect(lang(res.body)).toBe('ar')
    expect(res.body).toContain(createTranslator('ar')('form.error.invalid'))
    expect(res.body).toContain('value="Ville Fictive"')
    expect(await site.payload.count({ collection: 'membership-applications', overrideAccess: true })).toEqual(before)
  })

  it('shows the join form again when the country is not one of the list, keeping what was typed and storing nothing', async () => {
    const before = await site.payload.count({ collection: 'membership-applications', overrideAccess: true })
    const { cookie, guard } = await openForm(site, '/fr/join')
    const res = await postForm(site, '/fr/join', { ...application, country: 'ZZ', ...guard }, cookie)
    expect(res.statusCode).toBe(400)
    expect(lang(res.body)).toBe('fr')
    expect(res.body).toContain('Choisissez votre pays')
    expect(res.body).toContain('value="Ville Fictive"')
    expect(await site.payload.count({ collection: 'membership-applications', overrideAccess: true })).toEqual(before)
  })
})
