import type { Payload } from 'payload'

/** A refusal: its status, the message key of its sentence, and what fills the sentence's {detail}. */
export type GateRefusal = { status: 400 | 404 | 405 | 413; message: string; detail?: string }

// What REST accepts; anything else (TRACE, PROPFIND, …) gets a 405 here instead of a 500 inside Next.
const apiMethods = new Set(['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'])
// Payload's ids are integer columns (int4 on PostgreSQL).
const MAX_ID = 2_147_483_647
const isId = (value: string) => /^\d{1,10}$/.test(value) && Number(value) <= MAX_ID && Number(value) > 0
const numericParams: Record<string, number> = { limit: 1_000_000, page: 1_000_000, depth: 10 }

/** Whether an endpoint path such as `/versions/:id` matches these segments, and which segments hold ids. */
function idSegments(endpointPath: string, segments: string[]): string[] | null {
  const pattern = endpointPath.split('/').filter(Boolean)
  const ids: string[] = []
  for (let i = 0; i < Math.max(pattern.length, segments.length); i += 1) {
    const part = pattern[i]
    const segment = segments[i]
    if (part === undefined) return null
    if (part.startsWith(':')) {
      if (segment === undefined) {
        if (part.endsWith('?')) continue
        return null
      }
      if (part.replace(/\?$/, '') === ':id') ids.push(segment)
    } else if (part !== segment) return null
  }
  return ids
}

/**
 * Checks a request for Payload's REST API before Next runs it, so malformed
 * input gets a clear 4xx: unknown methods, ids that are not ids, and paging
 * numbers that are not whole numbers. Everything else is Payload's to answer.
 */
export function checkApiRequest(payload: Payload, method: string, url: string): GateRefusal | null {
  if (!apiMethods.has(method)) return { status: 405, message: 'api.error.method' }
  const { pathname, searchParams } = new URL(url, 'http://hub.invalid')
  for (const [name, max] of Object.entries(numericParams)) {
    const value = searchParams.get(name)
    if (value !== null && !(/^\d{1,7}$/.test(value) && Number(value) <= max)) return { status: 400, message: 'api.error.number', detail: name }
  }
  let segments: string[]
  try {
    segments = pathname.split('/').slice(2).filter(Boolean).map(decodeURIComponent)
  } catch {
    return { status: 400, message: 'api.error.path' }
  }
  const collection = payload.collections[segments[0] as keyof typeof payload.collections]
  const endpoints = collection?.config.endpoints
  if (!endpoints) return null
  const rest = segments.slice(1)
  for (const endpoint of endpoints) {
    if (endpoint.method.toUpperCase() !== method) continue
    const ids = idSegments(endpoint.path, rest)
    if (ids === null) continue
    return ids.every(isId) ? null : { status: 404, message: 'api.error.notFound' }
  }
  return null
}
