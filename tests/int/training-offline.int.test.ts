import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { openForm } from '../helpers/forms'
import { useTestSiteWithMailbox } from '../helpers/site'

/**
 * Issue 12, offline use, as the server sees it: what saving a module
 * downloads (for the member who asks, and nobody else), the service worker's
 * script, the button and status on members' pages only, and a sign-out that
 * takes the saved copies off the device.
 */
const env = useTestSiteWithMailbox()
const payload = (): Payload => env.site.payload
const browser = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })
const slug = 'building-a-multi-agency-case-management-table'

let session: string
beforeAll(async () => {
  session = await member()
})

async function member(): Promise<string> {
  const email = 'offline-learner@cities.example'
  const password = 'a long walk along the river 9'
  await payload().create({ collection: 'users', data: { email, password, name: 'Offline Learner', roles: ['member'], _verified: true }, overrideAccess: true })
  const { token } = await payload().login({ collection: 'users', data: { email, password } })
  return `payload-token=${token}`
}

type Manifest = { bytes: number; summary: string; files: { url: string; bytes: number }[] }

describe('offline use of a training module', () => {
  it('lists what saving a module downloads, with sizes, for a signed-in member only, never stored on the way', async () => {
    const anonymous = await env.site.get(`/en/modules/${slug}/offline.json`)
    expect(anonymous.status).toBe(403)
    expect(anonymous.headers['content-type']).toContain('text/html')
    expect(anonymous.body).not.toContain('"files"')

    const res = await env.site.get(`/en/modules/${slug}/offline.json`, browser(session))
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(res.headers['cache-control']).toBe('private, no-store')
    const manifest = JSON.parse(res.body) as Manifest
    const urls = manifest.files.map((f) => f.url)
    const lessons = urls.filter((u) => u.startsWith(`/en/modules/${slug}/lessons/`))
    expect(urls[0]).toBe(`/en/modules/${slug}`)
    expect(lessons.length).toBeGreaterThan(2)
    // Our own stylesheet and the page script come along; nothing of the back office, the API (images aside) or other pages.
    expect(urls.some((u) => /^\/assets\/site\.\w+\.css$/.test(u))).toBe(true)
    expect(urls.some((u) => /^\/assets\/offline\.\w+\.js$/.test(u))).toBe(true)
    for (const url of urls) expect(url).toMatch(new RegExp(`^/(en/modules/${slug}(/lessons/\\d+)?|assets/|brand\\.css|api/media/file/)`))
    expect(manifest.bytes).toBe(manifest.files.reduce((sum, f) => sum + f.bytes, 0))
    expect(manifest.summary).toMatch(/^Size: about [\d.]+ (kB|MB)\.$/)

    // A page's size is the size of the page the member then gets, give or take their progress.
    const lesson = await env.site.get(lessons[0], browser(session))
    const listed = manifest.files.find((f) => f.url === lessons[0])?.bytes ?? 0
    expect(Math.abs(listed - Buffer.byteLength(lesson.body))).toBeLessThan(200)

    const french = JSON.parse((await env.site.get(`/fr/modules/${slug}/offline.json`, browser(session))).body) as Manifest
    expect(french.summary).toMatch(/^Taille : environ [\d,]+\s?(ko|Mo)\.$/)
    expect(french.files[0].url).toBe(`/fr/modules/${slug}`)
    expect((await env.site.get('/en/modules/no-such-module/offline.json', browser(session))).status).toBe(404)
  })

  it('offers the button and the status to members only, and serves the worker as a script of the site', async () => {
    const publicModule = 'prevention-at-city-level-first-steps'
    const anonymous = await env.site.get(`/en/modules/${publicModule}`)
    expect(anonymous.body).not.toContain('data-offline')
    expect(anonymous.body).not.toContain('/assets/offline.')
    expect((await env.site.get(`/en/modules/${publicModule}/lessons/1`)).body).not.toContain('data-offline')

    const asMember = await env.site.get(`/en/modules/${publicModule}`, browser(session))
    expect(asMember.body).toMatch(/<section class="offline-save" aria-labelledby="offline-heading" hidden=""/)
    expect(asMember.body).toContain(`data-manifest="/en/modules/${publicModule}/offline.json"`)
    expect(asMember.body).toMatch(/<script src="\/assets\/offline\.\w+\.js" defer=""><\/script>/)
    const lesson = await env.site.get(`/ar/modules/${publicModule}/lessons/1`, browser(session))
    expect(lesson.body).toContain('<p class="offline-status" role="status" data-offline-status=""')

    const worker = await env.site.get('/sw.js')
    expect(worker.status).toBe(200)
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(worker.headers['cache-control']).toBe('no-cache')
    expect(worker.headers['content-security-policy']).toContain("script-src 'self'")
    expect(worker.headers['service-worker-allowed']).toBeUndefined()
    expect(worker.body).toContain("addEventListener('fetch'")

    const form = await openForm(env.site, '/en/account', browser(session))
    const out = await env.site.app.inject({
      method: 'POST',
      url: '/en/account/sign-out',
      payload: new URLSearchParams(form.guard).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...browser([form.cookie, session].filter(Boolean).join('; ')) },
    })
    expect(out.statusCode).toBe(303)
    expect(out.headers['clear-site-data']).toBe('"storage"')
  })
})
