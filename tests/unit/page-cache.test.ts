import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodePage, PageCache } from '../../src/site/cache/page-cache'

describe('PageCache', () => {
  it('stores pages compressed and serves them until content changes', () => {
    const cache = new PageCache()
    const page = encodePage(200, 'text/html', '<p>hello</p>')
    expect(gunzipSync(page.gzip).toString()).toBe('<p>hello</p>')
    cache.set('/en', page, cache.currentGeneration())
    expect(cache.get('/en')).toBe(page)
    cache.clear()
    expect(cache.get('/en')).toBeUndefined()
  })

  it('drops a page rendered before a change that arrived while it rendered', () => {
    const cache = new PageCache()
    const startedAt = cache.currentGeneration()
    cache.clear()
    cache.set('/en', encodePage(200, 'text/html', 'stale'), startedAt)
    expect(cache.get('/en')).toBeUndefined()
  })

  it('keeps memory bounded by dropping the oldest page', () => {
    const cache = new PageCache(2)
    for (const key of ['/a', '/b', '/c']) cache.set(key, encodePage(200, 'text/html', key), cache.currentGeneration())
    expect(cache.size).toBe(2)
    expect(cache.get('/a')).toBeUndefined()
  })
})
