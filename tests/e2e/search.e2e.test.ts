import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../helpers/e2e'

const baseURL = inject('baseURL')
const browser = useBrowser()

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser().newContext({ baseURL, javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(path)
  return page
}

const resultTitles = (page: Page) => page.locator('.result__title a').allTextContents()

describe('search in a real browser', () => {
  it('works with JavaScript off: submit, facet click, remove the filter', async () => {
    const page = await open('/en/search', false)
    await page.fill('#search-q', 'youth')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForURL(/q=youth/)
    const total = Number((await page.locator('.result-count').textContent())!.match(/\d+/)![0])
    expect(total).toBeGreaterThan(3)
    const guide = page.locator('#search-facets a', { hasText: 'Case study' }).first()
    const expected = Number((await guide.locator('.facet__count').textContent())!.replace(/\D/g, ''))
    await guide.click()
    await page.waitForURL(/type=case-study/)
    expect(await page.locator('.result__title').count()).toBe(Math.min(expected, 20))
    await page.locator('#search-facets a[aria-current="true"]').click()
    await page.waitForURL((url) => !url.search.includes('type='))
    await page.context().close()
  })

  it('shows results as you type when JavaScript is on', async () => {
    const page = await open('/en/search')
    await page.evaluate(() => Object.assign(window, { untouched: true }))
    await page.locator('#search-q').pressSequentially('rotterd', { delay: 30 })
    await page.waitForURL(/q=rotterd/, { timeout: 5000 })
    await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/results? for “rotterd”/)
    expect(await resultTitles(page)).toContain('Rotterdam')
    // Nothing was submitted: the page itself never reloaded.
    expect(await page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true)
    expect(await page.locator('mark').count()).toBeGreaterThan(0)
    await page.context().close()
  })

  it('searches in Arabic, right to left, across languages', async () => {
    const page = await open(`/ar/search?q=${encodeURIComponent('المقاتلون الإرهابيون الأجانب')}`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    const titles = await resultTitles(page)
    expect(titles).toContain('روتردام')
    expect(titles.length).toBeGreaterThan(3)
    await page.context().close()
  })

  it('pages through the library with plain links', async () => {
    const page = await open('/fr/resources', false)
    await page.getByRole('link', { name: 'Page suivante' }).click()
    await page.waitForURL(/page=2/)
    expect(await page.locator('.pagination [aria-current="page"]').textContent()).toBe('Page 2 sur 2')
    await page.context().close()
  })
})

describe('newsletter sign-up in Arabic', () => {
  it('works right to left and confirms by email', async () => {
    const page = await open('/ar/newsletter')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    await page.getByLabel('البريد الإلكتروني').fill('not an address')
    // A person takes a few seconds; the form refuses anything faster.
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'اشترك' }).click()
    await page.waitForSelector('.error-summary')
    expect(await page.locator('#error-email').textContent()).toContain('أدخل بريدًا إلكترونيًا بصيغة صحيحة')
    expect(await page.getByLabel('البريد الإلكتروني').inputValue()).toBe('not an address')
    await page.getByLabel('البريد الإلكتروني').fill('qari@example.org')
    await page.getByLabel('العربية').check()
    await page.waitForTimeout(2600)
    await page.getByRole('button', { name: 'اشترك' }).click()
    await page.waitForURL('**/ar/newsletter/sent')
    expect(await page.locator('h1').textContent()).toBe('تفقّد بريدك الوارد')
    await page.context().close()
  })
})
