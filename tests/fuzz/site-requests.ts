import { isLocale, localeCodes } from '../../src/content/locales'
import type { FuzzRequest } from './client'
import type { Discovery } from './discover'
import { encode, queryString, withQuery } from './encode'
import { anyHostileValue, hostileEnums, hostileHeaders, hostileIds, hostileQueryShapes, hostileText } from './hostile-values'
import type { Random } from './random'
import type { SiteRoute, Targets } from './targets'

export const oddMethods = ['TRACE', 'PROPFIND', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'MKCOL', 'LOCK', 'PURGE']

/** A locale prefix: mostly a real one (so the page's own code runs), sometimes not. */
export const pickLocale = (rnd: Random) => (rnd.chance(0.9) ? rnd.pick(localeCodes) : rnd.pick(['zz', 'EN', '%00', '..', 'en-US', encode(rnd.pick(hostileText)) || 'x']))

/** The route's address with its parameters filled: real values from the sitemap, or hostile ones. */
export function fillPath(route: SiteRoute, discovery: Discovery, rnd: Random, locale: string) {
  return route.url
    .replace(/:(\w+)/g, (_, name: string) => {
      if (name === 'locale') return locale
      const real = discovery.realParams[route.url]?.[name]
      if (real?.length && rnd.chance(0.3)) return rnd.pick(real)
      return rnd.chance(0.6) ? rnd.pick(hostileIds) : encode(rnd.pick(hostileText)) || 'x'
    })
    .replace('/*', `/${rnd.chance(0.5) ? rnd.pick(hostileIds) : 'site.css'}`)
}

/** A query string of some of the route's own parameters (and now and then another route's), each hostile. */
export function hostileQuery(rnd: Random, names: string[]) {
  const parts: string[] = []
  for (let n = 1 + rnd.int(3); n > 0; n--) {
    const name = rnd.pick(names)
    parts.push(rnd.chance(0.2) ? rnd.pick(hostileQueryShapes(name)) : queryString([[name, rnd.pick(rnd.chance(0.4) ? hostileEnums : anyHostileValue)]]))
  }
  return parts.join('&')
}

const expectedLocale = (locale: string) => (isLocale(locale) ? locale : undefined)

/** GETs of every public route: pages, filters, feeds, exports, the search API, assets. */
export function siteRequest(targets: Targets, discovery: Discovery, rnd: Random, index: number): FuzzRequest[] {
  const gets = targets.routes.filter((r) => r.method === 'GET')
  const route = gets[index % gets.length]
  const locale = pickLocale(rnd)
  const own = targets.queryNames[route.url] ?? []
  const names = own.length && rnd.chance(0.8) ? own : targets.allQueryNames
  const path = withQuery(fillPath(route, discovery, rnd, locale), rnd.chance(own.length ? 0.9 : 0.5) ? hostileQuery(rnd, names) : '')
  const headers = rnd.chance(0.1) ? rnd.pick(hostileHeaders) : undefined
  return [{ route: `GET ${route.url}`, method: 'GET', path, headers, locale: route.url.startsWith('/:locale') ? expectedLocale(locale) : undefined }]
}

/** Methods no public route answers, on every public route. */
export function siteMethodRequest(targets: Targets, discovery: Discovery, rnd: Random, index: number): FuzzRequest[] {
  const route = targets.routes[index % targets.routes.length]
  const locale = pickLocale(rnd)
  const method = rnd.pick(oddMethods)
  return [{ route: `${method} ${route.url}`, method, path: fillPath(route, discovery, rnd, locale), locale: route.url.startsWith('/:locale') ? expectedLocale(locale) : undefined }]
}
