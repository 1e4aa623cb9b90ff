import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../helpers/e2e'
import { initialsOf } from '../../src/site/views/components/Portrait'

const baseURL = inject('baseURL')
const browser = useBrowser()

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; bypassCSP?: boolean; viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await browser().newContext({ baseURL, ...options })
  const page = await context.newPage()
  const response = await page.goto(path)
  expect(response?.status(), path).toBeLessThan(500)
  return page
}

const sectionHeadings = {
  en: [
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
  ],
  fr: [
    'Contexte',
    'Panorama national',
    'Panorama local',
    'Initiatives clés',
    'Autres activités par secteur',
    'Sources clés et lectures complémentaires',
    'Informations clés',
    'Groupes de travail du réseau',
    'Mots-clés',
    'Direction politique locale',
  ],
  ar: [
    'خلفية',
    'لمحة وطنية',
    'لمحة محلية',
    'المبادرات الرئيسية',
    'أنشطة إضافية حسب القطاع',
    'المصادر الرئيسية وقراءات إضافية',
    'معلومات أساسية',
    'مجموعات عمل الشبكة',
    'الكلمات المفتاحية',
    'القيادة السياسية المحلية',
  ],
}

describe('city profile in a real browser', () => {
  it.each(['en', 'fr', 'ar'] as const)('shows every section in %s', async (locale) => {
    const page = await open(`/${locale}/cities/rotterdam`)
    const headings = await page.locator('h2').allTextContents()
    expect(headings).toEqual(expect.arrayContaining(sectionHeadings[locale]))
    expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr')
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    // The mayor has no portrait in the demo: his initials stand in, hidden from screen readers beside his name, written in the page's script.
    expect(await page.locator('.person .portrait-disc').first().textContent()).toBe(initialsOf(locale === 'ar' ? 'أحمد أبو طالب' : 'Ahmed Aboutaleb'))
    await page.context().close()
  })

  it('reads in full with JavaScript disabled', async () => {
    const page = await open('/en/cities/rotterdam', { javaScriptEnabled: false })
    const hidden = page.getByText('16 reports in 2012', { exact: false })
    expect(await hidden.isVisible()).toBe(false)
    await page.locator('#background ~ details summary').click()
    expect(await hidden.isVisible()).toBe(true)
    // Structured data (JSON-LD) is the only script element, and it is data the browser never runs.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1)
    await page.context().close()
  })

  it('switches language and stays on the same city', async () => {
    const page = await open('/en/cities/rotterdam')
    await page.getByRole('link', { name: 'العربية' }).click()
    await page.waitForURL('**/ar/cities/rotterdam')
    expect(await page.locator('h1').textContent()).toContain('روتردام')
    await page.context().close()
  })
})

describe('member-city directory', () => {
  it('filters with the form and without JavaScript', async () => {
    const page = await open('/en/cities', { javaScriptEnabled: false })
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('79 cities')
    await page.selectOption('#filter-region', 'europe')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/region=europe/)
    expect(await page.locator('.result-count').textContent()).toBe('16 cities')
    const listed = await page.locator('.city-list a').allTextContents()
    expect(listed).toEqual(expect.arrayContaining(['Aarhus', 'Rotterdam', 'Antwerp']))
    expect(listed).not.toContain('Nairobi')
    // The map zooms to the filtered cities instead of showing the whole world.
    expect(await page.locator('.world-map svg').getAttribute('viewBox')).not.toBe('0 0 1000 394')
    await page.getByRole('link', { name: 'Remove filter: Europe' }).click()
    expect(await page.locator('.result-count').textContent()).toBe('79 cities')
    await page.context().close()
  })

  it('groups nearby cities into a numbered marker that opens their list, and opens a profile from the map', async () => {
    const world = await open('/fr/cities')
    // At world scale Nairobi shares a numbered marker with its neighbours, which opens their region's list.
    const group = world.locator('svg a[aria-label*="Nairobi"]:visible')
    expect(await group.locator('text').textContent()).toMatch(/^\d+$/)
    await group.click()
    await world.waitForURL(/region=east-southern-africa/)
    await world.context().close()
    // Filtered to Kenya, the map zooms in far enough for Nairobi to be a whole target of its own.
    const page = await open('/fr/cities?country=KE')
    const marker = await page.locator('svg a[aria-label="Nairobi"]:visible circle').boundingBox()
    expect(marker!.width).toBeGreaterThanOrEqual(24)
    await page.locator('svg a[aria-label="Nairobi"]:visible').click()
    await page.waitForURL('**/fr/cities/nairobi')
    await page.context().close()
  })
})

describe('keyboard and accessibility', () => {
  it('lets a keyboard user skip to the content', async () => {
    const page = await open('/ar/cities')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('انتقل إلى المحتوى الرئيسي')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.context().close()
  })

  const axeSource = createRequire(import.meta.url)('axe-core').source as string
  const pages = [
    '',
    '/cities',
    '/cities?region=europe',
    '/cities?region=europe&country=KE',
    '/cities/rotterdam',
    '/cities/amman',
    '/regions',
    '/regions/middle-east-north-africa',
    '/cities/atlantis',
    '/search',
    '/search?q=youth&type=guide',
    '/search?q=rotterdma',
    '/resources',
    '/resources/tunis-port-city-returns-report',
    // Members only: the sign-in page an anonymous visitor gets instead.
    '/resources/case-conference-simulation-facilitator-pack',
    '/contact',
    '/newsletter',
    '/contact/sent',
    '/account/sign-in',
    '/account/register',
    '/join',
    '/news',
    '/news?type=press-release',
    '/news/cape-town-global-summit-closes',
    '/events',
    '/events/global-summit-cape-town-2024',
    '/global-summit',
    '/working-groups',
    '/working-groups/youth-inclusion',
    '/steering-committee',
    '/young-cities',
    '/about',
    '/team',
    '/faq',
    '/what-we-do',
    '/cookies',
    '/regions/east-southern-africa',
  ]

  it.each(['en', 'ar'])('axe finds no WCAG A/AA violation on any page type in %s', async (locale) => {
    for (const path of pages) {
      // Axe is injected through DevTools; the site's own CSP would rightly refuse it.
      const page = await open(`/${locale}${path}`, { bypassCSP: true })
      await page.evaluate(axeSource)
      const violations: { checked: number; found: string[] } = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          rules: { 'target-size': { enabled: true } },
        })
        return {
          checked: result.passes.length,
          found: result.violations.map(
            (v: any) =>
              `${v.id}: ${v.nodes
                .map((n: any) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        }
      })
      expect(violations.checked, `/${locale}${path}`).toBeGreaterThan(10)
      expect(violations.found, `/${locale}${path}`).toEqual([])
      await page.context().close()
    }
  })
})

describe('menus and downloads in a real browser', () => {
  it('reaches every link of the main menu with the keyboard', async () => {
    const page = await open('/en/events', { viewport: { width: 1280, height: 800 } })
    const committee = page.locator('.site-menu a[href="/en/steering-committee"]')
    expect(await committee.isVisible()).toBe(false)
    // Tab from the top of the page until focus lands on the sub-menu link.
    for (let i = 0; i < 30 && !(await committee.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab')
    expect(await committee.evaluate((a) => a === document.activeElement)).toBe(true)
    expect(await committee.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/en\/steering-committee$/)
    expect(await page.locator('h1').textContent()).toBe('International Steering Committee')
    await page.context().close()
  })

  it('opens the mobile menu without JavaScript, in Arabic too', async () => {
    for (const locale of ['en', 'ar']) {
      const page = await open(`/${locale}/news`, { javaScriptEnabled: false, viewport: { width: 375, height: 740 } })
      const link = page.locator(`.site-menu a[href="/${locale}/working-groups"]`)
      expect(await link.isVisible()).toBe(false)
      await page.locator('.menu-toggle__label').click()
      expect(await link.isVisible()).toBe(true)
      await link.click()
      await page.waitForURL(new RegExp(`/${locale}/working-groups$`))
      await page.context().close()
    }
  })

  it('downloads an event as an .ics file', async () => {
    const page = await open('/en/events/global-summit-cape-town-2024', { acceptDownloads: true })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to your calendar (.ics)' }).click()])
    expect(download.suggestedFilename()).toBe('global-summit-cape-town-2024.ics')
    const { readFile } = await import('node:fs/promises')
    const ics = await readFile((await download.path())!, 'utf8')
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain('DTSTART;TZID=Africa/Johannesburg:20241204T100000')
    await page.context().close()
  })
})
