import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { GenerationCache } from '../../shared/generation-cache'

export type CachedPage = {
  status: number
  contentType: string
  /** Offered as a download under this name. */
  filename?: string
  etag: string
  identity: Buffer
  gzip: Buffer
  br: Buffer
}

export function encodePage(status: number, contentType: string, body: string, filename?: string): CachedPage {
  const identity = Buffer.from(body)
  return {
    status,
    contentType,
    filename,
    etag: `"${createHash('sha1').update(identity).digest('base64url')}"`,
    identity,
    gzip: gzipSync(identity, { level: 9 }),
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
  }
}

/** Rendered pages, compressed once, kept until content changes (see GenerationCache). */
export class PageCache extends GenerationCache<CachedPage> {
  constructor(maxEntries = 2000) {
    super(maxEntries)
  }
}
