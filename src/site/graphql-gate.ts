import { IncomingMessage } from 'node:http'
import { parse, type DocumentNode } from 'graphql'
import { AppError } from '../content/app-error'
import type { GateRefusal } from './back-office-gate'

// GraphQL posts are queries, not uploads; the site's form limit is of the same order.
export const GRAPHQL_BODY_LIMIT = 256 * 1024

/** Reads a request body up to `limit` bytes; null when it is larger. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * Payload's GraphQL route answers 500 to a body that is not JSON and to a
 * subscription (the schema has none), and an empty 415 to other content
 * types. Those get a 4xx here, in GraphQL's own error shape; every other body
 * goes to Payload as it came.
 */
export function checkGraphqlBody(contentType: string | undefined, body: Buffer): GateRefusal | null {
  // Payload's handler reads JSON alone, and answers anything else with an empty 415.
  if (!contentType?.startsWith('application/json')) return new AppError('unsupported-media-type', { message: 'api.error.contentType' })
  let query: unknown
  try {
    query = (JSON.parse(body.toString('utf8')) as { query?: unknown } | null)?.query
  } catch {
    return new AppError('invalid-input', { message: 'api.error.json' })
  }
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error) {
    return new AppError('invalid-input', { message: 'api.error.graphqlSyntax', params: { detail: (error as Error).message } })
  }
  const subscribes = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'subscription')
  return subscribes ? new AppError('invalid-input', { message: 'api.error.subscription' }) : null
}

/** The same request with its body already read, for a handler that reads the body itself. */
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(original.socket)
  replay.method = original.method
  replay.url = original.url
  replay.headers = original.headers
  replay.rawHeaders = original.rawHeaders
  replay.httpVersion = original.httpVersion
  replay.httpVersionMajor = original.httpVersionMajor
  replay.httpVersionMinor = original.httpVersionMinor
  replay.push(body)
  replay.push(null)
  // Marked as fully received: an incomplete message counts as aborted, and ending it would close the visitor's socket.
  replay.complete = true
  return replay
}
