import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { AppError } from '../content/app-error'
import { hasControlCharacters } from '../shared/stored-text'

/** A refusal: the AppError to answer with (its code gives the status, its message and params the sentence). */
export type GateRefusal = AppError

// What REST accepts; anything else (TRACE, PROPFIND, …) gets a 405 here instead of a 500 inside Next.
const apiMethods = new Set(['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'])
// The GraphQL route answers POST (and CORS preflights) only.
const graphqlMethods = new Set(['POST', 'OPTIONS'])
// Payload's ids are integer columns (int4 on PostgreSQL).
const MAX_ID = 2_147_483_647
const isId = (value: string) => /^\d{1,10}$/.test(value) && Number(value) <= MAX_ID && Number(value) > 0
/**
 * Payload answers a file that is missing from the disk with a 500 (it takes
 * it for a broken store), so a name that is no file of this collection's gets
 * the 404 here: too long for a file system, a path, or simply not there.
 */
const isStoredFile = (staticDir: string | undefined, name: string) =>
  Boolean(staticDir) && name.length <= 255 && !/[\u0000/\\]/.test(name) && name !== '..' && existsSync(path.join(staticDir!, name))
const numericParams: Record<string, number> = { limit: 1_000_000, page: 1_000_000, depth: 10 }

type Params = { ids: string[]; files: string[] }

/** Whether an endpoint path such as `/versions/:id` matches these segments, and which segments hold ids and file names. */
function routeParams(endpointPath: string, segments: string[]): Params | null {
  const pattern = endpointPath.split('/').filter(Boolean)
  const ids: string[] = []
  const files: string[] = []
  for (let i = 0; i < Math.max(pattern.length, segments.length); i += 1) {
    const part = pattern[i]
    const segment = segments[i]
    if (part === undefined) return null
    if (part.startsWith(':')) {
      if (segment === undefined) {
        if (part.endsWith('?')) continue
        return null
      }
      const name = part.replace(/\?$/, '')
      if (name === ':id') ids.push(segment)
      if (name === ':filename') files.push(segment)
    } else if (part !== segment) return null
  }
  return { ids, files }
}

/**
 * Checks a request for Payload's REST API before Next runs it, so malformed
 * input gets a clear 4xx: unknown methods, ids that are not ids, and paging
 * numbers that are not whole numbers. Everything else is Payload's to answer.
 */
export function checkApiRequest(payload: Payload, method: string, url: string): GateRefusal | null {
  if (!apiMethods.has(method)) return new AppError('method-not-allowed')
  const { pathname, searchParams } = new URL(url, 'http://hub.invalid')
  if (pathname === '/api/graphql') return graphqlMethods.has(method) ? null : new AppError('method-not-allowed')
  for (const [name, max] of Object.entries(numericParams)) {
    const values = searchParams.getAll(name)
    // Repeated (`limit=1&limit=2`) or nested (`limit[b]=c`), Payload's query parser makes a list or an object of it.
    const nested = [...searchParams.keys()].some((key) => key.startsWith(`${name}[`))
    if (nested || values.length > 1 || (values.length === 1 && !(/^\d{1,7}$/.test(values[0]) && Number(values[0]) <= max))) {
      return new AppError('invalid-input', { message: 'api.error.number', params: { detail: name } })
    }
  }
  let segments: string[]
  try {
    segments = pathname.split('/').slice(2).filter(Boolean).map(decodeURIComponent)
  } catch {
    return new AppError('invalid-input', { message: 'api.error.path' })
  }
  // No slug, id, file name or verification token holds one, and PostgreSQL fails on a NUL in a lookup.
  if (segments.some(hasControlCharacters)) return new AppError('not-found')
  const collection = payload.collections[segments[0] as keyof typeof payload.collections]
  if (!collection) return null
  const { endpoints } = collection.config
  // A collection with no endpoints (Payload's migrations) is not there for the API; Payload would say 501.
  if (endpoints === false) return new AppError('not-found')
  const rest = segments.slice(1)
  for (const endpoint of endpoints ?? []) {
    if (endpoint.method.toUpperCase() !== method) continue
    const params = routeParams(endpoint.path, rest)
    if (params === null) continue
    const staticDir = typeof collection.config.upload === 'object' ? collection.config.upload.staticDir : undefined
    return params.ids.every(isId) && params.files.every((name) => isStoredFile(staticDir, name)) ? null : new AppError('not-found')
  }
  return null
}
