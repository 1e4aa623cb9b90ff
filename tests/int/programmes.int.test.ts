import { parseFeed } from '@rowanmanning/feed-parser'
import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSite, type TestSite } from '../helpers/site'

let site: TestSite
beforeAll(async () => {
  site = await createTestSite()
})
afterAll(async () => {
  await site?.app.close()
})

const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]))
const local = (url: string) => url.replace('http://hub.test', '')

function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('news and press', () => {
  it('lists articles newest first, filters by type and pages through the rest', async () => {
    const first = await site.get('/en/news')
    expect(first.status).toBe(200)
    expect(first.body).toContain('17 articles')
    expect(first.body.indexOf('minneapolis-youth-peer-moderators')).toBeLessThan(first.body.indexOf('new-member-cities-2026'))
    expect(first.body).toContain('href="/en/news?page=2"')
    const second = await site.get('/en/news?page=2')
    expect(second.body).toContain('nairobi-workshop-ward-level-prevention')
    const press = await site.get('/en/news?type=press-release')
    expect(press.body).toContain('4 articles')
    expect(press.body).not.toContain('/en/news/minneapolis-youth-peer-moderators')
    expect((await site.get('/fr/news?region=south-asia')).body).toContain('/fr/news/dhaka-rumour-response-training')
  })

  it('answers malformed filters with a 400 page and a page past the end with 404', async () => {
    expect((await site.get('/en/news?type=<script>')).status).toBe(400)
    expect((await site.get('/ar/news?page=-1')).status).toBe(400)
    expect((await site.get('/en/news?page=99')).status).toBe(404)
    expect((await site.get('/en/news?theme=no-such-theme')).body).toContain('No articles match')
  })

  it('shows an article with its date, author, reading time, lead image, plain share links and NewsArticle data', async () => {
    const { status, body } = await site.get('/en/news/cape-town-global-summit-closes')
    expect(status).toBe(200)
    expect(body).toMatch(/<dt>Reading time<\/dt><dd>\d+ minutes?<\/dd>/)
    expect(body).toMatch(/<source type="image\/webp" srcSet="\/api\/media\/file\/news-cape-town-global-summit-closes(-\d+)?-960x\d+\.webp"\/>/)
    expect(body).toContain('property="og:type" content="article"')
    expect(body).toContain('name="twitter:card" content="summary_large_image"')
    expect(body).toContain('href="mailto:?subject=')
    expect(body).not.toMatch(/facebook|twitter\.com|x\.com\/intent|linkedin/i)
    const [ld] = jsonLd(body)
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.url).toBe('http://hub.test/en/news/cape-town-global-summit-closes')
    expect((await site.get('/ar/news/cape-town-global-summit-closes')).body).toContain('<html lang="ar" dir="rtl">')
  })
})

describe('events and the Global Summit', () => {
  it('lists upcoming events before past ones and filters by type, region and year', async () => {
    const { body } = await site.get('/en/events')
    const upcoming = body.indexOf('id="upcoming"')
    const past = body.indexOf('id="past"')
    expect(body.indexOf('/en/events/amman-case-conference-training-2027')).toBeGreaterThan(upcoming)
    expect(body.indexOf('/en/events/amman-case-conference-training-2027')).toBeLessThan(past)
    expect(body.indexOf('/en/events/global-summit-cape-town-2024')).toBeGreaterThan(past)
    const summits = await site.get('/en/events?type=summit&year=2024')
    expect(summits.body).toContain('/en/events/global-summit-cape-town-2024')
    expect(summits.body).not.toContain('/en/events/global-summit-new-york-2023')
    expect((await site.get('/en/events?region=south-asia')).body).toContain('/en/events/dhaka-rumour-response-training-2025')
    expect((await site.get('/en/events?year=twenty')).status).toBe(400)
  })

  it('shows the summit landing page with New York 2023 and Cape Town 2024', async () => {
    const { status, body } = await site.get('/fr/global-summit')
    expect(status).toBe(200)
    expect(body).toContain('/fr/events/global-summit-new-york-2023')
    expect(body).toContain('/fr/events/global-summit-cape-town-2024')
  })

  it('gives an event page its times on the organisers’ clock, its agenda and Event data', async () => {
    const { body } = await site.get('/en/events/global-summit-cape-town-2024')
    expect(body).toContain('GMT+2')
    expect(body).toMatch(/10:00/)
    expect(body).toContain('id="agenda"')
    const ld = jsonLd(body).find((d) => d['@type'] === 'Event')
    expect(ld.startDate).toBe('2024-12-04T10:00:00+02:00')
    expect(ld.eventAttendanceMode).toContain('Offline')
  })

  it('names an event’s host city once, even when its venue ends with it', async () => {
    for (const [locale, venue, city] of [
      ['en', 'Municipal youth centre', 'Pristina'],
      ['ar', 'مركز الشباب البلدي', 'بريشتينا'],
    ]) {
      const { body } = await site.get(`/${locale}/events/young-cities-western-balkans-forum-2027`)
      expect(body).toContain(`${venue}, <a href="/${locale}/cities/pristina">${city}</a>`)
      expect(body, locale).not.toContain(`${city}, <a href="/${locale}/cities/pristina">`)
    }
    const list = await site.get('/en/events?year=2027')
    expect(list.body).toContain('Municipal youth centre, Pristina')
    expect(list.body).not.toContain('Pristina, Pristina')
  })

  it('offers each event and the whole list as iCalendar with the right time zones', async () => {
    const one = await site.get('/en/events/global-summit-cape-town-2024.ics')
    expect(one.status).toBe(200)
    expect(one.headers['content-type']).toContain('text/calendar')
    expect(one.headers['content-disposition']).toContain('global-summit-cape-town-2024.ics')
    const [summit] = parseCalendar(one.body)
    expect(summit.startDate.toString()).toBe('2024-12-04T10:00:00')
    expect(summit.startDate.toJSDate().toISOString()).toBe('2024-12-04T08:00:00.000Z')
    const all = parseCalendar((await site.get('/ar/events/calendar.ics')).body)
    expect(all).toHaveLength(13)
    const newYork = all.find((e) => e.uid && e.summary && e.startDate.zone.tzid === 'America/New_York')!
    expect(newYork.startDate.toJSDate().toISOString()).toBe('2023-09-20T13:00:00.000Z')
    expect((await site.get('/en/events/no-such-event.ics')).status).toBe(404)
  })
})

describe('programmes', () => {
  it('links working groups and their member cities both ways, with outputs', async () => {
    const { status, body } = await site.get('/en/working-groups/youth-inclusion')
    expect(status).toBe(200)
    expect(body).toContain('/en/resources/youth-inclusion-position-paper')
    const cityLinks = [...body.matchAll(/href="\/en\/cities\/([a-z-]+)"/g)].map((m) => m[1])
    expect(cityLinks.length).toBeGreaterThan(0)
    const city = await site.get(`/en/cities/${cityLinks[cityLinks.length - 1]}`)
    expect(city.body).toContain('href="/en/working-groups/youth-inclusion"')
    expect((await site.get('/en/working-groups')).body).toContain('Concluded')
  })

  it('shows the steering committee with current and former members', async () => {
    const { body } = await site.get('/en/steering-committee')
    expect(body).toContain('Current members')
    expect(body).toContain('Former members')
    expect(body.indexOf('/en/cities/cape-town')).toBeLessThan(body.indexOf('Former members'))
    expect(body.indexOf('/en/cities/pristina')).toBeGreaterThan(body.indexOf('Former members'))
  })

  it('shows Young Cities with its projects, events and news', async () => {
    const { status, body } = await site.get('/ar/young-cities')
    expect(status).toBe(200)
    expect(body).toContain('id="projects"')
    expect(body).toContain('/ar/events/young-cities-western-balkans-forum-2027')
    expect(body).toContain('/ar/news/young-cities-grants-amman-tunis')
    // A programme of its own in the menu, so its trail starts at home, not under About.
    expect(body).toMatch(/<ol><li><a href="\/ar">[^<]+<\/a><\/li><li aria-current="page">/)
  })

  it('gives a regional hub its team, events and news, with the map zoomed to the region', async () => {
    const { body } = await site.get('/en/regions/east-southern-africa')
    expect(body).toContain('Regional hub team')
    expect(body).toContain('/en/events/nairobi-regional-workshop-2023')
    const latest = (await site.get('/en/news?region=east-southern-africa')).body.match(/href="(\/en\/news\/[a-z0-9-]+)"/)![1]
    expect(body).toContain(`href="${latest}"`)
    expect(body).toContain('href="/en/news?region=east-southern-africa"')
    expect(body).not.toMatch(/<svg viewBox="0 0 /)
  })
})

describe('search over news and events', () => {
  it('finds articles and events in every language, with their kind as a facet', async () => {
    const urls = async (query: string) => JSON.parse((await site.get(`/api/search?${query}`)).body).results.map((r: { url: string }) => r.url) as string[]
    const en = await urls('q=summit&locale=en')
    expect(en).toContain('http://hub.test/en/events/global-summit-cape-town-2024')
    expect(en).toContain('http://hub.test/en/news/cape-town-global-summit-closes')
    expect(await urls('q=القمة&locale=ar')).toContain('http://hub.test/ar/events/global-summit-cape-town-2024')
    const summits = await urls('q=summit&locale=fr&type=summit')
    expect(summits.length).toBeGreaterThan(0)
    expect(summits.every((u) => u.includes('/fr/events/'))).toBe(true)
    expect((await site.get('/en/search?q=summit')).body).toContain('Global Summit')
  })
})

describe('about pages', () => {
  it.each(['about', 'team', 'faq', 'what-we-do', 'terms', 'privacy', 'cookies'])('serves /%s in English, French and Arabic', async (slug) => {
    for (const locale of ['en', 'fr', 'ar']) {
      const { status, body } = await site.get(`/${locale}/${slug}`)
      expect(status, `${locale}/${slug}`).toBe(200)
      expect(body).toContain('class="breadcrumbs"')
    }
  })

  it('answers FAQs with <details>, describes the organisation and tells the truth about cookies', async () => {
    expect((await site.get('/en/faq')).body).toContain('<details class="faq__item"><summary>')
    expect(jsonLd((await site.get('/en/about')).body)[0]['@type']).toBe('Organization')
    const cookies = (await site.get('/en/cookies')).body
    expect(cookies).toContain('payload-token')
    expect(cookies).toContain('hub_form')
    expect((await site.get('/en/no-such-page')).status).toBe(404)
  })
})

describe('open data', () => {
  it('publishes news and events as RSS and Atom in each language', async () => {
    for (const path of ['/en/news/feed.xml', '/ar/news/atom.xml', '/fr/events/feed.xml', '/en/events/atom.xml']) {
      const res = await site.get(path)
      expect(res.status, path).toBe(200)
      const feed = parseFeed(res.body)
      expect(feed.items.length, path).toBeGreaterThan(5)
      expect((await site.get(local(feed.items[0].url!))).status, feed.items[0].url!).toBe(200)
    }
    expect(parseFeed((await site.get('/ar/news/feed.xml')).body).language).toBe('ar')
  })

  it('lists every public page in the sitemap with hreflang alternates, and each answers 200', async () => {
    const res = await site.get('/sitemap.xml')
    expect(XMLValidator.validate(res.body)).toBe(true)
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) }).parse(res.body)
    const urls: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] = parsed.urlset.url
    expect(urls.length).toBeGreaterThan(100)
    expect(urls[0]['xhtml:link'].map((l) => l['@_hreflang'])).toEqual(['en', 'fr', 'ar', 'x-default'])
    const all = urls.flatMap((u) => [u.loc, ...u['xhtml:link'].map((l) => l['@_href'])])
    for (const url of new Set(all)) expect((await site.get(local(url))).status, url).toBe(200)
    expect((await site.get('/robots.txt')).body).toContain('Sitemap: http://hub.test/sitemap.xml')
    // Every page of the demo network in three languages, each rendered for the first time.
  }, 240_000)

  it('describes cities, the organisation, events and articles with schema.org types', async () => {
    const [city] = jsonLd((await site.get('/fr/cities/cape-town')).body)
    expect(city['@type']).toBe('City')
    expect(city.geo['@type']).toBe('GeoCoordinates')
    expect(city.containedInPlace['@type']).toBe('Country')
    const home = await site.get('/ar')
    expect(jsonLd(home.body)[0]['@type']).toBe('Organization')
    expect(home.body).toContain('/ar/events/amman-case-conference-training-2027')
    expect(home.body).toContain('/ar/news/minneapolis-youth-peer-moderators')
  })

  it('exports the member cities as CSV and JSON with ids that do not change between languages', async () => {
    const csv = await site.get('/fr/cities.csv')
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.headers['content-disposition']).toBe('attachment; filename="member-cities.csv"')
    const rows = parseCsv(csv.body, { columns: true, bom: true }) as Record<string, string>[]
    expect(rows).toHaveLength(79)
    const json = JSON.parse((await site.get('/en/cities.json')).body)
    expect(json.cities).toHaveLength(79)
    const rotterdam = json.cities.find((c: { slug: string }) => c.slug === 'rotterdam')
    expect(rows.find((r) => r.slug === 'rotterdam')!.id).toBe(String(rotterdam.id))
    expect(rotterdam.url).toBe('http://hub.test/en/cities/rotterdam')
  })
})

describe('unpublished content', () => {
  it('never reaches listings, feeds, calendars, the sitemap or exports', async () => {
    const { payload } = site
    await payload.create({
      collection: 'news-articles',
      data: { title: 'Embargoed announcement', slug: 'embargoed-announcement', type: 'press-release', publishedOn: '2026-11-27', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'events',
      data: {
        title: 'Secret retreat',
        slug: 'secret-retreat',
        type: 'workshop',
        startsAt: '2027-01-10T09:00:00.000Z',
        startsAt_tz: 'UTC',
        endsAt: '2027-01-10T17:00:00.000Z',
        endsAt_tz: 'UTC',
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    })
    const aarhus = (await payload.find({ collection: 'cities', where: { slug: { equals: 'aarhus' } }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'cities', id: aarhus.id, data: { _status: 'draft' }, overrideAccess: true })
    const everywhere = await Promise.all(
      [
        '/en/news',
        '/en/news/feed.xml',
        '/en/news/atom.xml',
        '/en/events',
        '/en/events/feed.xml',
        '/en/events/calendar.ics',
        '/sitemap.xml',
        '/en/cities.csv',
        '/en/cities.json',
      ].map(async (p) => (await site.get(p)).body),
    )
    for (const body of everywhere) {
      expect(body).not.toContain('embargoed-announcement')
      expect(body).not.toContain('Secret retreat')
      expect(body).not.toContain('/cities/aarhus')
    }
    expect((await site.get('/en/news/embargoed-announcement')).status).toBe(404)
    expect((await site.get('/en/events/secret-retreat.ics')).status).toBe(404)
  })
})

describe('hostile input in news and events', () => {
  it('shows script and markup typed by an editor as text on pages, in feeds and in calendars', async () => {
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    await site.payload.create({
      collection: 'news-articles',
      overrideAccess: true,
      data: {
        title: `Hostile ${attack}`,
        slug: 'hostile-article',
        type: 'news',
        publishedOn: '2026-11-28',
        summary: attack,
        author: attack,
        _status: 'published',
        body: {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [
                  { type: 'link', fields: { url: 'javascript:alert(3)', linkType: 'custom' }, children: [{ type: 'text', text: 'click' }] },
                  { type: 'text', text: attack },
                ],
              },
            ],
          },
        } as never,
      },
    })
    await site.payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        title: `Hostile ${attack}`,
        slug: 'hostile-event',
        type: 'webinar',
        online: true,
        summary: attack,
        startsAt: '2027-06-01T10:00:00.000Z',
        startsAt_tz: 'UTC',
        endsAt: '2027-06-01T11:00:00.000Z',
        endsAt_tz: 'UTC',
        _status: 'published',
      },
    })
    for (const path of ['/en/news/hostile-article', '/en/news', '/en/events/hostile-event', '/en']) {
      const { body } = await site.get(path)
      expect(body, path).not.toContain('<script>alert')
      expect(body, path).not.toContain('<img src=x')
      expect(body, path).not.toContain('javascript:')
    }
    expect((await site.get('/en/news/hostile-article')).body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    const feed = parseFeed((await site.get('/en/news/feed.xml')).body)
    expect(feed.items.find((i) => i.url?.endsWith('/hostile-article'))!.title).toBe(`Hostile ${attack}`)
    const event = parseCalendar((await site.get('/en/events/hostile-event.ics')).body)[0]
    expect(event.summary).toBe(`Hostile ${attack}`)
  })
})

describe('navigation', () => {
  it('has a skip link, a menu that opens without script, and a menu editors change per language', async () => {
    const en = (await site.get('/en/events')).body
    expect(en).toContain('<a class="skip-link" href="#main">')
    expect(en).toContain('<input type="checkbox" id="menu-toggle"')
    expect(en).toContain('href="/en/steering-committee"')
    const nav = await site.payload.findGlobal({ slug: 'navigation', locale: 'fr', overrideAccess: true })
    await site.payload.updateGlobal({
      slug: 'navigation',
      locale: 'fr',
      data: { mainMenu: [{ label: 'Actualités du réseau', href: '/news', children: [] }], footerLinks: nav.footerLinks },
      overrideAccess: true,
    })
    expect((await site.get('/fr/events')).body).toContain('Actualités du réseau')
    expect((await site.get('/en/events')).body).not.toContain('Actualités du réseau')
  })
})
