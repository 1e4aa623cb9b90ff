import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../helpers/e2e'

const baseURL = inject('baseURL')
const browser = useBrowser()
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

async function openOnPhone(path: string, options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
  const page = await (await browser().newContext({ baseURL, ...phone, ...options })).newPage()
  const response = await page.goto(path)
  expect(response?.status(), path).toBeLessThan(500)
  return page
}

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.y

describe('on a phone', () => {
  it('shows a city’s key facts before its narrative', async () => {
    const page = await openOnPhone('/en/cities/rotterdam')
    expect(await top(page, '#key-information')).toBeLessThan(await top(page, '#background'))
    expect(await page.locator('.key-info').getByText('610,386 (2015)').isVisible()).toBe(true)
    await page.context().close()
  })

  it('shows search results first, with the filters behind “Filters (n)”, opened without JavaScript', async () => {
    const page = await openOnPhone('/en/search?q=youth&type=guide', { javaScriptEnabled: false })
    const toggle = page.getByText('Filters (1)', { exact: true })
    expect(await toggle.isVisible()).toBe(true)
    expect(await page.locator('#search-facets').isVisible()).toBe(false)
    // The results are on the first screen, straight after the one-line toggle.
    expect(await top(page, '.search-results')).toBeLessThan(844)
    await toggle.click()
    expect(await page.locator('#search-facets').isVisible()).toBe(true)
    await page.context().close()
  })

  it('filters the directory from behind the disclosure with JavaScript off', async () => {
    const page = await openOnPhone('/en/cities', { javaScriptEnabled: false })
    expect(await page.locator('#filter-region').isVisible()).toBe(false)
    expect(await top(page, '.result-count')).toBeLessThan(500)
    await page.getByText('Filters (0)', { exact: true }).click()
    await page.selectOption('#filter-region', 'western-balkans')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/region=western-balkans/)
    expect(await page.getByText('Filters (1)', { exact: true }).isVisible()).toBe(true)
    expect(await page.locator('.city-list a').allTextContents()).toContain('Sarajevo')
    await page.context().close()
  })

  const axeSource = createRequire(import.meta.url)('axe-core').source as string

  it.each(['en', 'ar'])('axe, target size included, finds nothing on the busiest pages in %s', async (locale) => {
    for (const path of ['', '/cities', '/cities?region=europe', '/cities/rotterdam', '/regions/western-balkans', '/search?q=youth', '/news', '/events']) {
      const page = await openOnPhone(`/${locale}${path}`, { bypassCSP: true })
      await page.evaluate(axeSource)
      const outcome: { ran: boolean; found: string[] } = await page.evaluate(async () => {
        const axe = (window as any).axe
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'], rules: { 'target-size': { enabled: true } } })
        const ran = [...result.passes, ...result.violations, ...result.incomplete].some((r: any) => r.id === 'target-size')
        return {
          ran,
          found: result.violations.map(
            (v: any) =>
              `${v.id}: ${v.nodes
                .map((n: any) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        }
      })
      expect(outcome.ran, `/${locale}${path}`).toBe(true)
      expect(outcome.found, `/${locale}${path}`).toEqual([])
      await page.context().close()
    }
  })
})
