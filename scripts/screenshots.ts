/**
 * PNGs of every page type, on a desktop and a phone, in English and Arabic:
 * `npm run screenshots` while `npm start` serves the demo. They land in
 * ./screenshots, named {locale}-{page}-{device}.png, for design review.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { launchBrowser } from '../tests/helpers/browser'

const base = process.env.SCREENSHOT_URL ?? 'http://localhost:3000'
const out = path.resolve('screenshots')

/** One address per page type, written without the language. */
const pages: Record<string, string> = {
  home: '/',
  directory: '/cities',
  'directory-filtered': '/cities?region=europe',
  city: '/cities/rotterdam',
  regions: '/regions',
  region: '/regions/east-southern-africa',
  events: '/events',
  event: '/events/nairobi-regional-workshop-2023',
  summit: '/global-summit',
  'working-groups': '/working-groups',
  'working-group': '/working-groups/youth-inclusion',
  committee: '/steering-committee',
  'young-cities': '/young-cities',
  news: '/news',
  article: '/news/new-york-global-summit-closes',
  about: '/about',
  team: '/team',
  library: '/resources',
  resource: '/resources/rotterdam-radicalisation-contact-point',
  modules: '/modules',
  module: '/modules/prevention-at-city-level-first-steps',
  lesson: '/modules/prevention-at-city-level-first-steps/lessons/2',
  search: '/search?q=youth',
  'no-results': '/search?q=zzzxqq',
  join: '/join',
  contact: '/contact',
  newsletter: '/newsletter',
  'sign-in': '/account/sign-in',
  register: '/account/register',
  'not-found': '/no-such-page',
}

const devices = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
}

const reachable = await fetch(`${base}/en`).then(
  (r) => r.ok,
  () => false,
)
if (!reachable) {
  console.error(`Nothing answers at ${base}. Start the hub with \`npm start\` (or set SCREENSHOT_URL) and run this again.`)
  process.exit(1)
}

mkdirSync(out, { recursive: true })
const browser = await launchBrowser()
let written = 0
for (const [device, options] of Object.entries(devices)) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  for (const locale of ['en', 'ar']) {
    for (const [name, pagePath] of Object.entries(pages)) {
      await page.goto(`${base}/${locale}${pagePath === '/' ? '' : pagePath}`, { waitUntil: 'load' })
      await page.screenshot({ path: path.join(out, `${locale}-${name}-${device}.png`), fullPage: true })
      written++
    }
  }
  await context.close()
}
await browser.close()
console.log(`Wrote ${written} screenshots to ${out}`)
