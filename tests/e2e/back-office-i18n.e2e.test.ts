import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { authHeaders, findCityBySlug, login } from '../helpers/api'
import { useBrowser } from '../helpers/e2e'

const baseURL = inject('baseURL')
const browser = useBrowser()

/**
 * Opens /admin signed in (the sign-in form itself is tested in
 * back-office.e2e.test.ts); with `language`, the back office speaks it
 * (Payload keeps the choice in a cookie). Tokens are reused, since every
 * sign-in counts against the per-visitor limit that all tests share.
 */
async function signInToAdmin(email: string, password: string, language?: 'en' | 'fr' | 'ar'): Promise<Page> {
  const context: BrowserContext = await browser().newContext({ baseURL })
  await context.addCookies([{ name: 'payload-token', value: await login(baseURL, email, password), url: baseURL, httpOnly: true, sameSite: 'Lax' }])
  if (language) await context.addCookies([{ name: 'payload-lng', value: language, url: baseURL }])
  const page = await context.newPage()
  await page.goto('/admin')
  return page
}

const direction = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).direction)

describe('the back office in Arabic', () => {
  it('shows Arabic labels, and Arabic content right to left and English left to right', async () => {
    const rotterdam = await findCityBySlug(baseURL, 'rotterdam')
    const page = await signInToAdmin('admin@hub.example', 'demo-admin-password', 'ar')
    await page.goto(`/admin/collections/cities/${rotterdam.id}?locale=ar`)
    await page.locator('#field-name').waitFor()
    expect(await page.locator('nav').first().textContent()).toContain('المدن')
    expect(await page.locator('label[for=field-name]').textContent()).toContain('الاسم')
    expect(await direction(page, '#field-name')).toBe('rtl')

    await page.getByRole('button', { name: 'السرد' }).click()
    const background = '.field-type.rich-text-lexical[data-field-path=background] [contenteditable] p'
    await page.locator(background).first().waitFor()
    expect(await page.locator(background).first().textContent()).toMatch(/روتردام/)
    expect(await direction(page, background)).toBe('rtl')

    // The same city in English, still in the Arabic back office: the content reads left to right.
    await page.goto(`/admin/collections/cities/${rotterdam.id}?locale=en`)
    await page.locator('#field-name').waitFor()
    expect(await direction(page, '#field-name')).toBe('ltr')
    await page.getByRole('button', { name: 'السرد' }).click()
    await page.locator(background).first().waitFor()
    expect(await direction(page, background)).toBe('ltr')
    await page.context().close()
  })
})

describe('a city editor’s back office', () => {
  it('lists only what they change, and the Cities list opens their city', async () => {
    const navLinks = async (page: Page) => (await page.locator('nav a').allTextContents()).map((text) => text.trim())
    const admin = await signInToAdmin('admin@hub.example', 'demo-admin-password')
    expect(await navLinks(admin)).toEqual(expect.arrayContaining(['Cities', 'Countries', 'Users', 'Site settings']))
    await admin.context().close()

    const rotterdam = await findCityBySlug(baseURL, 'rotterdam')
    const page = await signInToAdmin('rotterdam@hub.example', 'demo-city-password')
    const links = await navLinks(page)
    expect(links).toContain('Cities')
    for (const hidden of ['Countries', 'Events', 'Users', 'Site settings', 'Navigation']) expect(links).not.toContain(hidden)
    expect(await page.locator('nav a', { hasText: 'Cities' }).getAttribute('href')).toBe('/admin/collections/cities')
    await page.goto('/admin/collections/cities')
    await page.waitForURL(new RegExp(`/admin/collections/cities/${rotterdam.id}$`))
    await page.locator('#field-population').waitFor()
    await page.context().close()
  })
})

describe('the city editor’s dashboard', () => {
  it('shows their city: last review, missing translations, drafts awaiting publication, and a way to edit it', async () => {
    const rotterdam = await findCityBySlug(baseURL, 'rotterdam')
    const token = await login(baseURL, 'rotterdam@hub.example', 'demo-city-password')
    const draft = await fetch(`${baseURL}/api/cities/${rotterdam.id}?draft=true`, { method: 'PATCH', headers: authHeaders(token), body: JSON.stringify({ populationYear: 2021 }) })
    expect(draft.status).toBe(200)

    const page = await signInToAdmin('rotterdam@hub.example', 'demo-city-password', 'fr')
    const dashboard = page.locator('.city-dashboard')
    await dashboard.waitFor()
    expect(await dashboard.getByRole('heading', { level: 2 }).textContent()).toBe('Votre ville')
    expect(await dashboard.getByRole('heading', { level: 3 }).textContent()).toBe('Rotterdam')
    expect(await dashboard.textContent()).toMatch(/Dernière révision\s:\s\d{1,2}\s\S+\s\d{4}/)
    // The demo's Rotterdam has its background in every language, its overviews in English only.
    const missing = (await dashboard.locator('.city-dashboard__missing li').allTextContents()).map((text) => text.replace(/\u00a0/g, ' '))
    expect(missing).toEqual(['Aperçu national : français, arabe', 'Aperçu local : français, arabe'])
    expect(await dashboard.locator('.city-dashboard__drafts li').count()).toBeGreaterThan(0)

    await dashboard.getByRole('link', { name: 'Modifier Rotterdam' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/cities/${rotterdam.id}$`))
    await page.context().close()
  })

  it('is not shown to staff', async () => {
    const page = await signInToAdmin('editor@hub.example', 'demo-editor-password')
    await page.locator('nav').first().waitFor()
    expect(await page.locator('.city-dashboard').count()).toBe(0)
    await page.context().close()
  })
})

describe('the city form for a city editor', () => {
  it('shows the network’s fields read-only, dates with their year, and places the city with a click on the map', async () => {
    const rotterdam = await findCityBySlug(baseURL, 'rotterdam')
    const page = await signInToAdmin('rotterdam@hub.example', 'demo-city-password')
    await page.goto(`/admin/collections/cities/${rotterdam.id}`)
    // The form is read-only until it has loaded the document.
    await page.locator('#field-population:not([disabled])').waitFor()
    expect(await page.locator('#field-slug').isEditable()).toBe(false)
    expect(await page.locator('#field-isSample').isEditable()).toBe(false)
    expect(await page.locator('#field-memberSince input').inputValue()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)

    // A click on the map sets both coordinates: here, on Nairobi's spot.
    const map = page.getByRole('application', { name: /World map/ })
    const box = (await map.boundingBox())!
    await map.click({ position: { x: ((36.82 + 180) / 360) * box.width, y: ((90 - -1.29) / 180) * box.height } })
    expect(Number(await page.locator('#field-latitude').inputValue())).toBeCloseTo(-1.29, 0)
    expect(Number(await page.locator('#field-longitude').inputValue())).toBeCloseTo(36.82, 0)
    await page.context().close()
  })
})
