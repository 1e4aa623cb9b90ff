import type { FastifyReply, FastifyRequest } from 'fastify'
import type { CachedPage } from './cache/page-cache'

function preferredEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  if (/\bbr\b/.test(value)) return 'br'
  if (/\bgzip\b/.test(value)) return 'gzip'
  return null
}

/** Sends a pre-compressed page in the best encoding the client accepts. */
export function sendPage(request: FastifyRequest, reply: FastifyReply, page: CachedPage, cacheControl: string) {
  reply.header('content-type', page.contentType).header('vary', 'accept-encoding').header('etag', page.etag).header('cache-control', cacheControl)
  if (page.filename) reply.header('content-disposition', `attachment; filename="${page.filename}"`)
  if (page.status === 200 && request.headers['if-none-match'] === page.etag) return reply.code(304).send()
  const encoding = preferredEncoding(request.headers['accept-encoding'])
  reply.code(page.status)
  if (encoding) reply.header('content-encoding', encoding)
  return reply.send(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity)
}
