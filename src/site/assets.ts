import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { encodePage, type CachedPage } from './cache/page-cache'

export type SiteAssets = { stylesheet: string; files: Map<string, CachedPage> }

function read(name: string): string {
  return readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8')
}

/**
 * The stylesheet's address carries a hash of its content, so browsers may
 * keep it for a year and still never see a stale one.
 */
export function loadAssets(): SiteAssets {
  const css = read('site.css')
  const hash = createHash('sha1').update(css).digest('hex').slice(0, 10)
  const stylesheet = `/assets/site.${hash}.css`
  const files = new Map<string, CachedPage>([
    [stylesheet, encodePage(200, 'text/css; charset=utf-8', css)],
    ['/assets/favicon.svg', encodePage(200, 'image/svg+xml', read('favicon.svg'))],
  ])
  return { stylesheet, files }
}
