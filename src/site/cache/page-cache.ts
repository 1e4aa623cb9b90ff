import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

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

/**
 * Rendered pages, compressed once. Any content change empties it; a render
 * that started before the change is not stored, so no stale page survives.
 */
export class PageCache {
  private pages = new Map<string, CachedPage>()
  private generation = 0

  constructor(private readonly maxEntries = 2000) {}

  get(key: string): CachedPage | undefined {
    return this.pages.get(key)
  }

  currentGeneration(): number {
    return this.generation
  }

  set(key: string, page: CachedPage, renderedAtGeneration: number): void {
    if (renderedAtGeneration !== this.generation) return
    // Filter combinations are unbounded; dropping the oldest keeps memory flat.
    if (this.pages.size >= this.maxEntries) this.pages.delete(this.pages.keys().next().value!)
    this.pages.set(key, page)
  }

  clear(): void {
    this.generation += 1
    this.pages.clear()
  }

  get size(): number {
    return this.pages.size
  }
}
