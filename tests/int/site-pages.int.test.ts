import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSite, type TestSite } from '../helpers/site'

let site: TestSite
beforeAll(async () => {
  site = await createTestSite()
})
afterAll(async () => {
  await site?.app.close()
})

const headingTexts = (html: string) => [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1])

describe('city profile', () => {
  it('shows every part of the reference profile in English', async () => {
    const { status, body } = await site.get('/en/cities/rotterdam')
    expect(status).toBe(200)
    expect(body).toContain('<h1>Rotterdam, Netherlands</h1>')
    expect(headingTexts(body)).toEqual(
      expect.arrayContaining([
        'Background',
        'National overview',
        'Local overview',
        'Key initiatives',
        'Additional activities by sector',
        'Key sources and further reading',
        'Key information',
        'Network working groups',
        'Keywords',
        'Local political leadership',
      ]),
    )
    expect(body).toContain('<details class="read-more">')
    expect(body).toMatch(/City Marines/)
    expect(body).toContain('(in Dutch only)')
    expect(body).toMatch(/<dt>Population<\/dt><dd>610,386 \(2015\)<\/dd>/)
    expect(body).toContain('Ahmed Aboutaleb')
    // The city's photo heads the profile with its credit; its webp copy is offered first.
    expect(body).toMatch(
      /<figure class="page-photo"><picture><source type="image\/webp" srcSet="\/api\/media\/file\/photo-rotterdam[^"]*"\/><img src="\/api\/media\/file\/photo-rotterdam[^"]*"[^>]* alt="Illustration of a harbour skyline" loading="eager"/,
    )
    expect(body).toContain('<figcaption class="page-photo__credit">Credit: Strong Cities Hub demo, generated illustration</figcaption>')
    // No demo person has a portrait: initials stand in for a silhouette.
    expect(body).toMatch(/<span class="portrait-disc portrait-disc--\d" aria-hidden="true">AA<\/span>/)
    expect(body).toContain('href="/en/cities?theme=foreign-terrorist-fighters"')
    expect(body).toContain('href="/en/working-groups/counter-narratives-local-communications"')
    expect(body).toMatch(/Last reviewed \w+ \d+, 20\d\d/)
  })

  it('shows French where it exists and says which sections are in English', async () => {
    const { status, body } = await site.get('/fr/cities/rotterdam')
    expect(status).toBe(200)
    expect(body).toContain('<html lang="fr" dir="ltr">')
    expect(body).toContain('<h2 id="background">Contexte</h2>')
    expect(body).toContain('Combattants terroristes étrangers')
    expect(body).toContain('uniquement en néerlandais')
    // One notice at the top names the untranslated sections; each of them is marked with its language and lang="en".
    expect(body.match(/class="translation-notice"/g)).toHaveLength(1)
    const notice = body.slice(body.indexOf('class="translation-notice"'), body.indexOf('class="profile__layout"'))
    expect(notice).toContain('ne sont pas encore traduites en français')
    expect(notice).toContain('<a href="#national-overview">Panorama national</a> (anglais)')
    expect(notice).not.toContain('href="#background"')
    const national = body.slice(body.indexOf('id="national-overview"'), body.indexOf('id="local-overview"'))
    expect(national).toContain('<p class="lang-badge">En anglais</p>')
    expect(national).toContain('<div lang="en" dir="ltr">')
    const background = body.slice(body.indexOf('id="background"'), body.indexOf('id="national-overview"'))
    expect(background).not.toContain('lang-badge')
  })

  it('is right to left in Arabic', async () => {
    const { body } = await site.get('/ar/cities/rotterdam')
    expect(body).toContain('<html lang="ar" dir="rtl">')
    expect(body).toContain('روتردام')
    expect(body).toContain('<h2 id="background">خلفية</h2>')
    // A person's name is written in the page's script where it is given, and in English elsewhere.
    expect(body).toContain('أحمد أبو طالب')
    expect(body).not.toContain('Ahmed Aboutaleb')
    const { body: french } = await site.get('/fr/cities/rotterdam')
    expect(french).toContain('Ahmed Aboutaleb')
    const { body: hub } = await site.get('/ar/regions/east-southern-africa')
    expect(hub).toContain('وانجيرو أوديامبو')
  })

  it('offers the same page in every language', async () => {
    const { body } = await site.get('/en/cities/rotterdam')
    expect(body).toContain('<link rel="alternate" hrefLang="fr" href="http://hub.test/fr/cities/rotterdam"/>')
    expect(body).toContain('<link rel="alternate" hrefLang="ar" href="http://hub.test/ar/cities/rotterdam"/>')
    expect(body).toContain('<a href="/fr/cities/rotterdam" lang="fr" dir="ltr" hrefLang="fr">Français</a>')
  })

  it('marks invented narratives as sample content', async () => {
    const { body } = await site.get('/en/cities/nairobi')
    expect(body).toContain('Sample content')
    expect((await site.get('/en/cities/rotterdam')).body).not.toContain('Sample content')
  })
})

describe('member-city directory', () => {
  it('lists every published city with a map and filter counts', async () => {
    const { status, body } = await site.get('/en/cities')
    expect(status).toBe(200)
    expect(body).toContain('79 cities')
    expect(body).toContain('<svg viewBox=')
    expect(body).toMatch(/<option value="europe">Europe \(16\)<\/option>/)
    expect(body).toMatch(/<option value="foreign-terrorist-fighters">Foreign terrorist fighters \(\d+\)<\/option>/)
  })

  it('filters by region, country, theme and working group', async () => {
    const europe = await site.get('/en/cities?region=europe')
    expect(europe.body).toContain('<p class="result-count" role="status">16 cities</p>')
    expect(europe.body).toContain('href="/en/cities/rotterdam"')
    expect(europe.body).not.toContain('href="/en/cities/nairobi"')
    expect(europe.body).toContain('Remove filter: Europe')

    expect((await site.get('/en/cities?country=nl')).body).toContain('<p class="result-count" role="status">4 cities</p>')
    expect((await site.get('/en/cities?group=counter-narratives-local-communications')).body).toContain('href="/en/cities/rotterdam"')
    const theme = await site.get('/en/cities?theme=foreign-terrorist-fighters&region=europe')
    expect(theme.body).toContain('href="/en/cities/rotterdam"')
  })

  it('says so when nothing matches and offers to clear the filters', async () => {
    const { status, body } = await site.get('/fr/cities?region=europe&country=KE')
    expect(status).toBe(200)
    expect(body).toContain('Aucune ville membre ne correspond à ces filtres.')
    expect(body).toContain('Effacer tous les filtres')
  })

  it('answers malformed filters with a 400 page in the visitor’s language, never a 500', async () => {
    for (const query of ['region=a&region=b', 'region=%3Cscript%3E', 'country=Netherlands', 'theme=' + 'x'.repeat(200), 'region=%E0%A4%A']) {
      const { status, body } = await site.get(`/fr/cities?${query}`)
      expect(status, query).toBe(400)
      expect(body).toContain('Nous n’avons pas compris cette demande')
    }
    const ignored = await site.get('/en/cities?utm_source=newsletter')
    expect(ignored.status).toBe(200)
  })
})

describe('other pages and states', () => {
  it('home shows the network and the newest cities', async () => {
    const { status, body } = await site.get('/en')
    expect(status).toBe(200)
    expect(body).toContain('79 member cities in 28 countries')
    expect(body).toContain('Newest member cities')
  })

  it('region pages list their cities', async () => {
    const list = await site.get('/fr/regions')
    expect(list.body).toContain('Balkans occidentaux')
    const balkans = await site.get('/en/regions/western-balkans')
    expect(balkans.status).toBe(200)
    expect(balkans.body).toContain('href="/en/cities/sarajevo"')
    expect(balkans.body).not.toContain('href="/en/cities/rotterdam"')
    expect(balkans.body).toContain('alt="Illustration of towns among hills" loading="eager"')
    // A region without a photo has no empty frame.
    expect((await site.get('/en/regions/europe')).body).not.toContain('page-photo')
    const summit = await site.get('/ar/events/global-summit-cape-town-2024')
    expect(summit.body).toContain('<figcaption class="page-photo__credit">حقوق الصورة: Strong Cities Hub demo, generated illustration</figcaption>')
  })

  it('unknown cities, regions and locales get a 404 page in the right language', async () => {
    const city = await site.get('/fr/cities/atlantis')
    expect(city.status).toBe(404)
    expect(city.body).toContain('Page introuvable')
    expect(city.body).toContain('<html lang="fr"')
    expect((await site.get('/ar/regions/atlantis')).body).toContain('الصفحة غير موجودة')
    const locale = await site.get('/de/cities', { 'accept-language': 'ar,en;q=0.5' })
    expect(locale.status).toBe(404)
    expect(locale.body).toContain('dir="rtl"')
  })

  it('offers the site search in every page’s header, on the 404 page, and only once on the search page itself', async () => {
    const searchForms = (body: string) => body.match(/<form[^>]*action="\/fr\/search"[^>]*>/g) ?? []
    const profile = await site.get('/fr/cities/rotterdam')
    expect(searchForms(profile.body)).toHaveLength(1)
    expect(profile.body).toContain('<label for="site-search-header" class="visually-hidden">Rechercher dans le hub</label>')
    const missing = await site.get('/fr/cities/atlantis')
    expect(searchForms(missing.body)).toHaveLength(2)
    expect(missing.body).toContain('<label for="site-search-page">Rechercher dans le hub</label>')
    expect(searchForms((await site.get('/fr/search?q=jeunesse')).body)).toHaveLength(1)
  })

  it('sends the visitor to their language from the root', async () => {
    const res = await site.app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'fr-CA,fr;q=0.9' } })
    expect(res.statusCode).toBe(302)
    expect(res.headers.location).toBe('/fr')
  })

  it('sets a strict content security policy and compresses pages', async () => {
    const res = await site.app.inject({ method: 'GET', url: '/en/cities/rotterdam', headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(res.headers['content-encoding']).toBe('gzip')
  })
})
