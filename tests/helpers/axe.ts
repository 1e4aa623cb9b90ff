import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = createRequire(import.meta.url)('axe-core').source as string

/** axe-core's WCAG 2.2 AA and best-practice rules on the page, with the target-size rule axe leaves off by default. */
export async function axeViolations(page: Page): Promise<{ checked: number; found: string[] }> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      rules: { 'target-size': { enabled: true } },
    })
    return { checked: result.passes.length, found: result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`) }
  })
}
