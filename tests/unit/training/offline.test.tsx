import { Script } from 'node:vm'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { loadAssets } from '../../../src/site/assets'
import { formatSize, subresourcesOf } from '../../../src/site/routes/training-offline'
import { OfflineSave, OfflineStatus, offlineScripts } from '../../../src/site/views/components/Offline'
import { exampleContext } from '../../../src/site/views/examples'

const member = (locale: 'en' | 'ar' = 'en') => ({ ...exampleContext(locale), member: { name: 'Nadia Benali', guard: { _csrf: 'c', _started: 's' } } })

describe('offline use of a module', () => {
  const assets = loadAssets()

  it('ships its page script and service worker in at most 5 KB gzip together, as served', () => {
    const script = assets.files.get(assets.offlineScript)
    expect(script?.contentType).toBe('text/javascript; charset=utf-8')
    expect(assets.serviceWorker.contentType).toBe('text/javascript; charset=utf-8')
    const gzip = (script?.gzip.length ?? Number.POSITIVE_INFINITY) + assets.serviceWorker.gzip.length
    expect(gzip).toBeLessThanOrEqual(5 * 1024)
    // Both are plain scripts a browser parses as they are: no build step, no modules.
    expect(() => new Script(script?.identity.toString() ?? '')).not.toThrow()
    expect(() => new Script(assets.serviceWorker.identity.toString())).not.toThrow()
  })

  it('lists what a page needs besides itself: our files and its images, the WebP copy rather than the original', () => {
    const html = [
      '<link rel="canonical" href="http://localhost:3000/en/modules/m/lessons/1"/>',
      '<link rel="stylesheet" href="/assets/site.abc.css"/><link rel="stylesheet" href="/brand.css?v=123"/>',
      '<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"/><script src="/assets/offline.abc.js" defer=""></script>',
      '<picture><source type="image/webp" srcSet="/api/media/file/scene-960x540.webp"/><img src="/api/media/file/scene.png" width="960" height="540" alt=""/></picture>',
      '<picture><img src="/api/media/file/plain.jpg" width="10" height="10" alt=""/></picture>',
      '<a href="/en/resources/r">A resource</a><a href="/api/users/me">Not a file</a><img src="/assets/site.abc.css"/>',
    ].join('')
    expect(subresourcesOf(html)).toEqual([
      '/assets/site.abc.css',
      '/brand.css?v=123',
      '/assets/favicon.svg',
      '/assets/offline.abc.js',
      '/api/media/file/scene-960x540.webp',
      '/api/media/file/plain.jpg',
    ])
  })

  it('leaves out a lesson’s video and any file the page offers to download: too heavy for a phone on a slow link', () => {
    const html = [
      '<video class="lesson-video__player" controls="" preload="none" src="/api/media/file/clip.mp4" aria-labelledby="video-1"></video>',
      '<p class="hint"><a href="/api/media/file/clip.mp4" type="video/mp4" download="">Download the video (MP4, 8.1 MB)</a></p>',
      '<picture><img src="/api/media/file/still.jpg" width="10" height="10" alt=""/></picture>',
    ].join('')
    expect(subresourcesOf(html)).toEqual(['/api/media/file/still.jpg'])
  })

  it('gives the size in the page’s language', () => {
    expect(formatSize(1_234_567, 'en')).toBe('1.2 MB')
    expect(formatSize(1_234_567, 'fr')).toMatch(/^1,2\s?Mo$/)
    expect(formatSize(84_300, 'en')).toBe('84 kB')
    expect(formatSize(12, 'en')).toBe('1 kB')
    // Numbers as the rest of the Arabic pages write them (Intl, as the translator does), the unit in Arabic.
    expect(formatSize(2_500_000, 'ar')).toBe(`${new Intl.NumberFormat('ar').format(2.5)} م.ب`)
  })

  it('offers saving to signed-in members only, hidden until the script has the size', () => {
    const anonymous = exampleContext('en')
    expect(offlineScripts(anonymous)).toEqual([])
    expect(renderToStaticMarkup(<OfflineSave ctx={anonymous} slug="m" />)).toBe('')
    expect(renderToStaticMarkup(<OfflineStatus ctx={anonymous} />)).toBe('')

    expect(offlineScripts(member())).toEqual(['/assets/offline.js'])
    const save = renderToStaticMarkup(<OfflineSave ctx={member()} slug="first-steps" />)
    expect(save).toMatch(/^<section class="offline-save" aria-labelledby="offline-heading" hidden=""/)
    expect(save).toContain('data-manifest="/en/modules/first-steps/offline.json"')
    expect(save).toContain('data-worker="/sw.js" data-scope="/en/modules/"')
    expect(save).toContain('<button type="button" class="button button--secondary">Save for offline use</button>')
  })

  it('gives the script its words in the page’s language, with every plural form', () => {
    const html = renderToStaticMarkup(<OfflineStatus ctx={member('ar')} />)
    expect(html).toMatch(/^<p class="offline-status" role="status" data-offline-status="" data-messages="/)
    const json = html.match(/data-messages="([^"]*)"/)?.[1].replaceAll('&quot;', '"') ?? ''
    const messages = JSON.parse(json)
    expect(Object.keys(messages.answers)).toEqual(['zero', 'one', 'two', 'few', 'many', 'other'])
    expect(messages.answers.few).toContain('{count}')
    expect(typeof messages.sent).toBe('string')
  })
})
