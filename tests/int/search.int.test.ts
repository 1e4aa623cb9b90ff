import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSite, type TestSite } from '../helpers/site'

let site: TestSite
beforeAll(async () => {
  site = await createTestSite()
})
afterAll(async () => {
  await site?.app.close()
})

type ApiResult = { title: string; titleLanguage: string; url: string; type: string; snippet: { text: string; match: boolean }[]; snippetLanguage: string | null }
type ApiResponse = { total: number; results: ApiResult[]; suggestion: string | null; facets: Record<string, { value: string; label: string; count: number }[]> }

async function api(query: string): Promise<ApiResponse> {
  const res = await site.get(`/api/search?${query}`)
  expect(res.status, query).toBe(200)
  return JSON.parse(res.body)
}

const urls = (r: ApiResponse) => r.results.map((x) => x.url.replace('http://hub.test', ''))

describe('matching', () => {
  it('stems French words: "portuaires" finds "portuaire"', async () => {
    const r = await api('q=portuaires&locale=fr')
    expect(urls(r)).toContain('/fr/resources/tunis-port-city-returns-report')
  })

  it('folds diacritics: "mediterranee" finds "Méditerranée"', async () => {
    const r = await api('q=mediterranee&locale=fr')
    expect(urls(r)).toContain('/fr/resources/mediterranean-youth-online-hate-overview')
    const match = r.results.find((x) => x.url.endsWith('mediterranean-youth-online-hate-overview'))!
    expect(match.snippet.filter((s) => s.match).map((s) => s.text)).toContain('Méditerranée')
  })

  it('stems English words and matches the last word as a prefix', async () => {
    expect(urls(await api('q=mentored+aarhus'))).toContain('/en/resources/aarhus-mentoring-returnees-revisited')
    expect(urls(await api('q=rotterd'))).toContain('/en/cities/rotterdam')
  })

  it('stems Arabic words and ignores the article', async () => {
    const r = await api(`q=${encodeURIComponent('شباب')}&locale=ar`)
    expect(r.total).toBeGreaterThan(0)
    expect(r.results[0].titleLanguage).toBe('ar')
  })

  it('searches every section of a city profile, initiatives included', async () => {
    expect(urls(await api('q=city+marines'))).toContain('/en/cities/rotterdam')
    expect(urls(await api('q=Veiligheidshuis'))).toContain('/en/cities/rotterdam')
  })
})

describe('across languages', () => {
  it('a theme label in French finds English content tagged with that theme', async () => {
    const r = await api(`q=${encodeURIComponent('combattants étrangers')}&locale=fr`)
    expect(urls(r)).toContain('/fr/resources/aarhus-mentoring-returnees-revisited')
    expect(urls(r)).toContain('/fr/cities/rotterdam')
  })

  it('an English search finds a French-only resource on the same theme, marked as French', async () => {
    const r = await api('q=foreign+terrorist+fighters&locale=en')
    const french = r.results.find((x) => x.url.endsWith('/tunis-port-city-returns-report'))
    expect(french).toBeDefined()
    expect(r.facets.language.find((l) => l.value === 'fr')?.count).toBeGreaterThan(0)
  })

  it('shows titles in the visitor’s language where a translation exists', async () => {
    const r = await api('q=rotterdam&locale=ar')
    const city = r.results.find((x) => x.url.endsWith('/ar/cities/rotterdam'))!
    expect(city.title).toBe('روتردام')
    expect(city.titleLanguage).toBe('ar')
  })
})

describe('facets and sorting', () => {
  it('counts facet values over exactly the results', async () => {
    const all = await api('q=youth&locale=en')
    const byType = all.facets.type.reduce((n, f) => n + f.count, 0)
    expect(byType).toBe(all.total)
    const guide = all.facets.type.find((f) => f.value === 'guide')
    if (guide) expect((await api('q=youth&type=guide')).total).toBe(guide.count)
    const theme = all.facets.theme[0]
    const narrowed = await api(`q=youth&theme=${theme.value}`)
    expect(narrowed.total).toBe(theme.count)
  })

  it('sorts by date, newest first', async () => {
    const res = await site.get('/api/search?q=city&sort=date')
    const dates = JSON.parse(res.body)
      .results.map((r: { date: string }) => r.date)
      .filter(Boolean)
    expect(dates).toEqual([...dates].sort().reverse())
  })
})

describe('visibility', () => {
  it('gives each listed file its format and size, and a link nothing of the kind', async () => {
    const item = async (q: string, slug: string) => (await site.get(`/en/resources?q=${q}`)).body.split('<li').find((li) => li.includes(`href="/en/resources/${slug}"`))
    expect(await item('tunis', 'tunis-port-city-returns-report')).toMatch(/ · PDF, [\d.,]+ (KB|MB)</)
    const link = await item('mumbai', 'mumbai-festival-peace-committees')
    expect(link).toBeDefined()
    expect(link).not.toMatch(/PDF|KB|MB/)
  })

  it('never shows members-only resources to anonymous visitors: not in results, counts or pages', async () => {
    const r = await api('q=restricted+protocol')
    expect(urls(r)).not.toContain('/en/resources/returnee-information-sharing-protocol')
    const all = await api('sort=date')
    expect(all.results.map((x) => x.url)).not.toContain(expect.stringContaining('case-conference-simulation-facilitator-pack'))
    const library = await site.get('/en/resources?q=confidential')
    expect(library.body).not.toContain('case-conference-simulation-facilitator-pack')
    // Its page asks the visitor to sign in, and gives away nothing of the resource, not even its title.
    const page = await site.get('/en/resources/case-conference-simulation-facilitator-pack')
    expect(page.status).toBe(403)
    expect(page.body).toContain('This resource is for hub members')
    expect(page.body).toContain('action="/en/account/sign-in?return=%2Fen%2Fresources%2Fcase-conference-simulation-facilitator-pack"')
    expect(page.body).not.toMatch(/confidential facilitator|prevention academy/i)
    expect(page.headers['cache-control']).toBe('private, no-store')
    // "tabletop" appears only in a members-only resource: it must not be suggested.
    const suggestion = await api('q=tabletpo')
    expect(suggestion.suggestion).toBeNull()
    expect((await api('q=tabletop')).total).toBe(0)
  })

  it('keeps drafts out and follows publish, unpublish and delete in the same request', async () => {
    const { docs } = await site.payload.find({ collection: 'countries', limit: 1, depth: 0 })
    const draft = await site.payload.create({
      collection: 'cities',
      data: { name: 'Zanzibarquux', slug: 'zanzibarquux', country: docs[0].id, latitude: 1, longitude: 1, _status: 'draft' },
      draft: true,
    })
    expect((await api('q=zanzibarquux')).total).toBe(0)
    await site.payload.update({ collection: 'cities', id: draft.id, data: { _status: 'published' } })
    expect((await api('q=zanzibarquux')).total).toBe(1)
    await site.payload.update({ collection: 'cities', id: draft.id, data: { name: 'Renamed in a draft' }, draft: true })
    expect((await api('q=zanzibarquux')).total).toBe(1)
    await site.payload.update({ collection: 'cities', id: draft.id, data: { _status: 'draft' } })
    expect((await api('q=zanzibarquux')).total).toBe(0)
    await site.payload.update({ collection: 'cities', id: draft.id, data: { _status: 'published' } })
    await site.payload.delete({ collection: 'cities', id: draft.id })
    expect((await api('q=zanzibarquux')).total).toBe(0)
  })

  it('finds content under a theme’s new label as soon as it is renamed', async () => {
    const { docs } = await site.payload.find({ collection: 'themes', where: { slug: { equals: 'social-work' } }, limit: 1, depth: 0 })
    await site.payload.update({ collection: 'themes', id: docs[0].id, locale: 'fr', data: { label: 'Travail social de proximité', _status: 'published' } })
    expect(urls(await api('q=proximite&locale=fr'))).toContain('/fr/cities/rotterdam')
  })
})

describe('no results and hostile queries', () => {
  it('suggests a near spelling that finds something', async () => {
    const r = await api('q=rotterdma')
    expect(r.total).toBe(0)
    expect(r.suggestion).toBe('rotterdam')
    const page = await site.get('/en/search?q=rotterdma')
    expect(page.body).toContain('Did you mean:')
    expect(page.body).toContain('href="/en/search?q=rotterdam"')
  })

  it('offers to remove a filter when filters leave nothing', async () => {
    const page = await site.get('/fr/search?q=rotterdam&region=south-asia')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Aucun résultat ne correspond à votre recherche.')
    expect(page.body).toContain('Retirer le filtre : Asie du Sud')
  })

  it.each(['"', '*', 'NEAR(', 'OR', "'; drop table search_fts; --", 'a AND', '(((', '^', 'title:x', '-', '\u0000'])('answers %j with a normal page, never a 500', async (q) => {
    const page = await site.get(`/en/search?q=${encodeURIComponent(q)}`)
    expect([200, 400]).toContain(page.status)
    const res = await site.get(`/api/search?q=${encodeURIComponent(q)}`)
    expect([200, 400]).toContain(res.status)
  })

  it('rejects malformed parameters with a 400 in the visitor’s language', async () => {
    const page = await site.get('/ar/search?q=a&q=b')
    expect(page.status).toBe(400)
    expect(page.body).toContain('dir="rtl"')
    const api400 = await site.get(`/api/search?q=${'x'.repeat(300)}`)
    expect(api400.status).toBe(400)
    expect(JSON.parse(api400.body).error).toBe('invalid_parameters')
    expect((await site.get('/en/resources?page=0')).status).toBe(400)
  })
})

describe('library and API documentation', () => {
  it('lists public resources with facets, title sort and pages', async () => {
    const page = await site.get('/en/resources?sort=title')
    expect(page.status).toBe(200)
    expect(page.body).toContain('38 results')
    expect(page.body).toContain('Page 1 of 2')
    expect(page.body).toContain('href="/en/resources?sort=title&amp;page=2"')
    const titles = [...page.body.matchAll(/<h3 class="result__title"><a[^>]*>(.*?)<\/a>/g)].map((m) => m[1])
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')))
    expect(page.body).toContain('Case study')
  })

  it('shows a resource with its file, languages and related resources', async () => {
    const page = await site.get('/fr/resources/tunis-port-city-returns-report')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Télécharger le PDF')
    expect(page.body).toContain('Ressources associées')
    const pdf = page.body.match(/href="(\/api\/documents\/file\/[^"]+)"/)
    expect(pdf).not.toBeNull()
  })

  it('serves the OpenAPI description of the search API', async () => {
    const res = await site.get('/api/search/openapi.json')
    const doc = JSON.parse(res.body)
    expect(doc.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.paths)).toEqual(['/api/search'])
  })
})
