import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { encodePage, type CachedPage } from './cache/page-cache'
import { worldMapSvg } from './views/components/WorldMap/country-shapes'

export type SiteAssets = {
  stylesheet: string
  searchScript: string
  passwordScript: string
  /** Saving a module for offline use, on module and lesson pages of signed-in members. */
  offlineScript: string
  /** Served at /sw.js: a worker's address cannot change with its content, so it is checked on every update instead. */
  serviceWorker: CachedPage
  worldMap: string
  hero: string
  openApi: CachedPage
  files: Map<string, CachedPage>
}

function read(name: string): string {
  return readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8')
}

const hash = (content: string) => createHash('sha1').update(content).digest('hex').slice(0, 10)

/**
 * The stylesheet's address carries a hash of its content, so browsers may
 * keep it for a year and still never see a stale one.
 */
export function loadAssets(): SiteAssets {
  const css = read('site.css')
  const js = read('search.js')
  const stylesheet = `/assets/site.${hash(css)}.css`
  const searchScript = `/assets/search.${hash(js)}.js`
  const reveal = read('password.js')
  const passwordScript = `/assets/password.${hash(reveal)}.js`
  const offline = read('offline.js')
  const offlineScript = `/assets/offline.${hash(offline)}.js`
  const map = worldMapSvg()
  const worldMap = `/assets/world-map.${hash(map)}.svg`
  const heroSvg = read('hero.svg')
  const hero = `/assets/hero.${hash(heroSvg)}.svg`
  const files = new Map<string, CachedPage>([
    [stylesheet, encodePage(200, 'text/css; charset=utf-8', css)],
    [searchScript, encodePage(200, 'text/javascript; charset=utf-8', js)],
    [passwordScript, encodePage(200, 'text/javascript; charset=utf-8', reveal)],
    [offlineScript, encodePage(200, 'text/javascript; charset=utf-8', offline)],
    [worldMap, encodePage(200, 'image/svg+xml', map)],
    [hero, encodePage(200, 'image/svg+xml', heroSvg)],
    ['/assets/favicon.svg', encodePage(200, 'image/svg+xml', read('favicon.svg'))],
  ])
  const openApi = encodePage(200, 'application/json; charset=utf-8', read('openapi-search.json'))
  const serviceWorker = encodePage(200, 'text/javascript; charset=utf-8', read('sw.js'))
  return { stylesheet, searchScript, passwordScript, offlineScript, serviceWorker, worldMap, hero, openApi, files }
}
