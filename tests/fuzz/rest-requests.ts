import { localeCodes } from '../../src/content/locales'
import type { FuzzRequest } from './client'
import { encode, queryString, withQuery } from './encode'
import { anyHostileValue, hostileDates, hostileEnums, hostileHeaders, hostileIds, hostileNumbers, hostileQueryShapes, hostileText } from './hostile-values'
import type { Random } from './random'
import { oddMethods } from './site-requests'
import type { CollectionTarget, GlobalTarget, PayloadField, Targets } from './targets'

const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'regex',
]
const points = ['1,2,3', 'a,b', '1e309,0', '200,100,0,5', '1,2,abc,def', ',', '1', '{"type":"Point"}']

/** A hostile value that fits (or almost fits) the field's type, so the database layer is reached. */
function valueFor(field: PayloadField, operator: string, rnd: Random): string {
  if (['near', 'within', 'intersects'].includes(operator)) return rnd.pick(points)
  if (operator === 'exists') return rnd.pick(['maybe', '2', '', 'true', 'false'])
  if (rnd.chance(0.25)) return rnd.pick(anyHostileValue)
  if (field.type === 'date') return rnd.pick(hostileDates)
  if (field.type === 'number' || field.type === 'point') return rnd.pick(hostileNumbers)
  if (field.type === 'relationship' || field.type === 'upload' || field.name === 'id') return rnd.pick(hostileIds)
  if (field.type === 'select' || field.type === 'radio') return rnd.pick(hostileEnums)
  if (field.type === 'checkbox') return rnd.pick(['maybe', '2', '', 'TRUE'])
  return rnd.pick(hostileText)
}

function whereClause(fields: PayloadField[], rnd: Random): string {
  const field = rnd.pick(fields)
  const operator = rnd.pick(operators)
  const value = valueFor(field, operator, rnd)
  switch (rnd.int(6)) {
    case 0:
      return queryString([
        [`where[or][0][${field.name}][${operator}]`, value],
        [`where[or][1][and][0][${rnd.pick(fields).name}][equals]`, rnd.pick(anyHostileValue)],
      ])
    case 1:
      return queryString([
        [`where[${field.name}][${operator}][]`, value],
        [`where[${field.name}][${operator}][]`, valueFor(field, operator, rnd)],
      ])
    case 2:
      return rnd.pick([...hostileQueryShapes('where'), queryString([['where', rnd.pick(hostileText)]]), queryString([[`where[${field.name}]`, value]])])
    case 3:
      return queryString([[`where[${field.name}.${rnd.pick(fields).name}][${operator}]`, value]])
    default:
      return queryString([[`where[${field.name}][${operator}]`, value]])
  }
}

/** List and read parameters of Payload's REST API, each fuzzed with the rest kept small (answers stay a few KB). */
function listQuery(target: { slug: string; fields: PayloadField[] }, rnd: Random): string {
  const parts: string[] = []
  const pick = rnd.pick(['where', 'where', 'where', 'limit', 'page', 'depth', 'sort', 'draft', 'locale', 'select', 'populate', 'pagination', 'joins', 'trash', 'shape'])
  const small = (except: string) => [except !== 'depth' ? 'depth=0' : '', except !== 'limit' ? 'limit=2' : ''].filter(Boolean)
  if (pick === 'where') parts.push(whereClause(target.fields, rnd), ...small(''))
  else if (pick === 'limit' || pick === 'page' || pick === 'depth') parts.push(queryString([[pick, rnd.pick(hostileNumbers)]]), ...small(pick))
  else if (pick === 'sort')
    parts.push(queryString([['sort', rnd.pick([rnd.pick(target.fields).name, `-${rnd.pick(target.fields).name}`, 'a,b,,-', '--id', rnd.pick(hostileText)])]]), ...small(''))
  else if (pick === 'draft' || pick === 'trash' || pick === 'pagination') parts.push(queryString([[pick, rnd.pick(['true', 'false', 'abc', '1', ''])]]), ...small(''))
  else if (pick === 'locale') parts.push(queryString([[rnd.pick(['locale', 'fallback-locale']), rnd.pick([...hostileEnums, '*', 'all', rnd.pick(localeCodes)])]]), ...small(''))
  else if (pick === 'select')
    parts.push(
      rnd.pick([
        queryString([[`select[${rnd.pick(target.fields).name}]`, 'true']]),
        'select=abc',
        'select[a][b][c]=1',
        queryString([[`select[${rnd.pick(target.fields).name}]`, rnd.pick(anyHostileValue)]]),
      ]),
      ...small(''),
    )
  else if (pick === 'populate') parts.push(rnd.pick([`populate[${target.slug}][id]=true`, 'populate=abc', 'populate[x][y]=1']), ...small(''))
  else if (pick === 'joins')
    parts.push(rnd.pick(['joins=false', 'joins[x][limit]=abc', `joins[${rnd.pick(target.fields).name}][limit]=${encode(rnd.pick(hostileNumbers))}`]), ...small(''))
  else parts.push(rnd.pick(hostileQueryShapes(rnd.pick(['limit', 'page', 'depth', 'sort', 'draft']))), ...small(''))
  return parts.join('&')
}

const hostileJson = (target: { fields: PayloadField[] }, rnd: Random) =>
  rnd.chance(0.15)
    ? rnd.pick(['{', '', 'null', '[]', '"x"', '1e309', `${'['.repeat(3000)}${']'.repeat(3000)}`, '{"__proto__":{"admin":true}}'])
    : JSON.stringify(
        Object.fromEntries(
          target.fields
            .filter(() => rnd.chance(0.4))
            .map((f) => [f.name, rnd.pick([rnd.pick(anyHostileValue), 12.5, -1, null, [], {}, [rnd.pick(hostileIds)], { relationTo: 'users', value: 1 }])]),
        ),
      )

const json = { 'content-type': 'application/json' }
const api = (...parts: string[]) => `/api/${parts.join('/')}`

/** Payload's REST endpoints of one collection, anonymous: lists, ids, versions, counts, writes, files, sign-in, odd methods. */
export function collectionRequest(targets: Targets, rnd: Random, index: number): FuzzRequest[] {
  const c: CollectionTarget = targets.collections[index % targets.collections.length]
  const id = rnd.pick(hostileIds)
  const headers = rnd.chance(0.05) ? rnd.pick(hostileHeaders) : undefined
  const get = (route: string, path: string): FuzzRequest[] => [{ route: `GET ${route}`, method: 'GET', path, headers }]
  const endpoints: (() => FuzzRequest[])[] = [
    () => get('/api/{slug}', withQuery(api(c.slug), listQuery(c, rnd))),
    () => get('/api/{slug}', withQuery(api(c.slug), listQuery(c, rnd))),
    () => get('/api/{slug}/{id}', withQuery(api(c.slug, id), rnd.chance(0.5) ? listQuery(c, rnd) : '')),
    () => get('/api/{slug}/{id}', api(c.slug, id)),
    () => get('/api/{slug}/count', withQuery(api(c.slug, 'count'), whereClause(c.fields, rnd))),
    () => get('/api/{slug}?draft=true', withQuery(api(c.slug), `draft=true&${listQuery(c, rnd)}`)),
    () => (c.versions ? get('/api/{slug}/versions', withQuery(api(c.slug, 'versions'), listQuery(c, rnd))) : get('/api/{slug}/versions', api(c.slug, 'versions'))),
    () => get('/api/{slug}/versions/{id}', api(c.slug, 'versions', id)),
    () => (c.upload ? get('/api/{slug}/file/{name}', api(c.slug, 'file', rnd.chance(0.5) ? id : encode(rnd.pick(hostileText)) || 'x')) : get('/api/{slug}/{id}', api(c.slug, id))),
    () => [{ route: 'POST /api/{slug}', method: 'POST', path: api(c.slug), headers: json, body: hostileJson(c, rnd) }],
    () => [{ route: 'PATCH /api/{slug}/{id}', method: 'PATCH', path: api(c.slug, id), headers: json, body: hostileJson(c, rnd) }],
    () => [{ route: 'PATCH /api/{slug}?where', method: 'PATCH', path: withQuery(api(c.slug), whereClause(c.fields, rnd)), headers: json, body: hostileJson(c, rnd) }],
    () => [{ route: 'DELETE /api/{slug}/{id}', method: 'DELETE', path: api(c.slug, id) }],
    () => [{ route: 'DELETE /api/{slug}?where', method: 'DELETE', path: withQuery(api(c.slug), whereClause(c.fields, rnd)) }],
    () => [
      {
        route: 'POST /api/{slug} (not JSON)',
        method: 'POST',
        path: api(c.slug),
        headers: { 'content-type': rnd.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) },
        body: rnd.pick(['a=1&b[c]=2', '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n--x--', '<a/>', '\u0000\u0001']),
      },
    ],
    () => {
      const method = rnd.pick(oddMethods)
      return [{ route: `${method} /api/{slug}`, method, path: rnd.chance(0.5) ? api(c.slug) : api(c.slug, id) }]
    },
  ]
  if (c.auth) {
    const email = rnd.pick([...hostileText, 'nobody@example.org'])
    endpoints.push(
      () => [
        {
          route: 'POST /api/{slug}/login',
          method: 'POST',
          path: api(c.slug, 'login'),
          headers: json,
          body: rnd.chance(0.8) ? JSON.stringify({ email, password: rnd.pick([...hostileText, 12, null, ['a']]) }) : hostileJson(c, rnd),
        },
      ],
      () => [
        {
          route: `POST /api/{slug}/{auth}`,
          method: 'POST',
          path: api(c.slug, rnd.pick(['forgot-password', 'unlock', 'reset-password', 'refresh-token', 'logout', 'first-register', 'verify/' + id])),
          headers: json,
          body: JSON.stringify({ email, token: rnd.pick(hostileText), password: rnd.pick(hostileText) }),
        },
      ],
      () => get('/api/{slug}/{auth}', api(c.slug, rnd.pick(['me', 'init', 'access']))),
    )
  }
  return rnd.pick(endpoints)()
}

/** Payload's REST endpoints of the globals, anonymous. */
export function globalRequest(targets: Targets, rnd: Random, index: number): FuzzRequest[] {
  const g: GlobalTarget = targets.globals[index % targets.globals.length]
  const method = rnd.pick(['GET', 'GET', 'GET', 'POST', 'VERSIONS', 'VERSION', 'ODD'])
  if (method === 'POST') return [{ route: 'POST /api/globals/{slug}', method, path: api('globals', g.slug), headers: json, body: hostileJson(g, rnd) }]
  if (method === 'VERSIONS') return [{ route: 'GET /api/globals/{slug}/versions', method: 'GET', path: withQuery(api('globals', g.slug, 'versions'), listQuery(g, rnd)) }]
  if (method === 'VERSION') return [{ route: 'GET /api/globals/{slug}/versions/{id}', method: 'GET', path: api('globals', g.slug, 'versions', rnd.pick(hostileIds)) }]
  if (method === 'ODD') {
    const odd = rnd.pick(oddMethods)
    return [{ route: `${odd} /api/globals/{slug}`, method: odd, path: api('globals', g.slug) }]
  }
  return [{ route: 'GET /api/globals/{slug}', method, path: withQuery(api('globals', g.slug), listQuery(g, rnd)) }]
}
