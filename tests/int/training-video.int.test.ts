import { readdirSync } from 'node:fs'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { uploadsDir } from '../../src/config/uploads-dir'
import { buildHttpApp } from '../../src/http-app'
import { payloadBehindNext } from '../helpers/payload-behind-next'
import { useTestSiteWithMailbox } from '../helpers/site'

/**
 * Issue 12: a lesson's video is an uploaded file or an external link, with
 * a transcript shown under it and found by search. The file sits in Images
 * (MP4 or WebM, as uploaded), plays on the lesson page in a player that
 * downloads nothing before play, is never offered as a picture, and stays
 * out of what saving a module for offline use downloads.
 */
const env = useTestSiteWithMailbox()
const payload = (): Payload => env.site.payload
const browser = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })

/** An ISO base media box: its size, its type and what it holds. */
const box = (type: string, body: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, 8 + body.length]), Buffer.from(type, 'latin1'), body])

/**
 * The smallest MP4 Payload accepts: a `ftyp` box (brand isom) and an empty
 * `free` box. Payload tells an MP4 by its bytes and checks that its boxes
 * add up to the file, so a few made-up bytes would not do.
 */
const mp4 = () =>
  Buffer.concat([box('ftyp', Buffer.concat([Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp41', 'latin1')])), box('free', Buffer.alloc(0))])

/** The smallest WebM: an EBML header whose DocType is "webm", then an empty Segment. */
const webm = () => Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84, ...Buffer.from('webm', 'latin1'), 0x18, 0x53, 0x80, 0x67, 0x80])

/** A 1×1 PNG, to show a picture is no video. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

async function admin() {
  const { docs } = await payload().find({ collection: 'users', where: { email: { equals: 'admin@hub.example' } }, overrideAccess: true })
  return docs[0]
}

/** Uploaded as staff do, through access control. */
async function upload(data: Buffer, name: string, mimetype: string) {
  return payload().create({ collection: 'media', data: { alt: name }, file: { data, name, mimetype, size: data.length }, user: await admin(), overrideAccess: false })
}

const refusedPaths = (promise: Promise<unknown>) =>
  promise.then(
    () => 'saved',
    (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors?.map((e) => e.path) ?? String(error),
  )

/** Payload's REST API as Next hands it a request, signed in as the admin, in the back-office language the cookie names. */
let adminToken: Promise<string> | undefined
async function rest(path: string, init: { method: string; json: unknown; language: string }) {
  // Once per file: sign-ins are limited per address.
  adminToken ??= payload()
    .login({ collection: 'users', data: { email: 'admin@hub.example', password: 'demo-admin-password' } })
    .then((r) => r.token!)
  const headers = { authorization: `JWT ${await adminToken}`, cookie: `payload-lng=${init.language}`, 'content-type': 'application/json' }
  return handleEndpoints({ config: payload().config, request: new Request(`http://hub.test${path}`, { method: init.method, body: JSON.stringify(init.json), headers }) })
}

let modules = 0
const transcriptWord = 'floodwardens'

/** A published module whose one lesson has an MP4, a WebM and a hosted video. */
async function videoModule(files: { mp4: number; webm: number }) {
  const n = ++modules
  return payload().create({
    collection: 'training-modules',
    locale: 'en',
    data: {
      title: `Video test module ${n}`,
      slug: `video-test-${n}`,
      summary: 'A module with videos.',
      level: 'introductory',
      minutes: 10,
      audience: 'public',
      lessons: [
        {
          title: 'Watching',
          content: [
            { blockType: 'video', title: 'Opening the case table', file: files.mp4, duration: 2, transcript: `The ${transcriptWord} meet first.\n\nThen the schools join.` },
            { blockType: 'video', title: 'A second take', file: files.webm },
            { blockType: 'video', title: 'Hosted elsewhere', url: 'https://video.example/watch/42', transcript: 'Spoken on another site.' },
          ],
        },
      ],
      _status: 'published',
    },
    user: await admin(),
    overrideAccess: false,
  })
}

let clip: { id: number; url?: string | null; filename?: string | null }
let take: { id: number; url?: string | null; filename?: string | null }
let mod: Awaited<ReturnType<typeof videoModule>>

beforeAll(async () => {
  clip = await upload(mp4(), 'opening-the-table.mp4', 'video/mp4')
  take = await upload(webm(), 'second-take.webm', 'video/webm')
  mod = await videoModule({ mp4: clip.id, webm: take.id })
})

describe('a video file in Images', () => {
  it('is accepted as MP4 or WebM, kept as uploaded with no resized copies and no size in pixels', async () => {
    const stored = await payload().findByID({ collection: 'media', id: clip.id, overrideAccess: true })
    expect(stored).toMatchObject({ mimeType: 'video/mp4', filesize: mp4().length, filename: 'opening-the-table.mp4', url: '/api/media/file/opening-the-table.mp4' })
    expect(stored.width ?? null).toBeNull()
    expect(stored.height ?? null).toBeNull()
    for (const size of Object.values(stored.sizes ?? {})) expect(size?.filename ?? null).toBeNull()
    expect(readdirSync(uploadsDir('media')).filter((f) => f.startsWith('opening-the-table'))).toEqual(['opening-the-table.mp4'])
    const second = await payload().findByID({ collection: 'media', id: take.id, overrideAccess: true })
    expect(second).toMatchObject({ mimeType: 'video/webm', filesize: webm().length })
  })

  it('is refused when its bytes are no video, whatever its name says', async () => {
    // Boxes that do not add up to the file: Payload's check of ISO base media files.
    const truncated = mp4().subarray(0, 28)
    await expect(upload(truncated, 'broken.mp4', 'video/mp4')).rejects.toThrow()
    await expect(upload(Buffer.from('<html><script>alert(1)</script></html>'), 'page.mp4', 'video/mp4')).rejects.toThrow()
  })

  it('is served for a <video>: its own content type, nosniff, and byte ranges, through the server', async () => {
    const server = await buildHttpApp({ payload: payload(), origin: 'http://hub.test', nextHandler: payloadBehindNext(payload().config) })
    try {
      const whole = await server.inject({ method: 'GET', url: clip.url! })
      expect(whole.statusCode).toBe(200)
      expect(whole.headers).toMatchObject({ 'content-type': 'video/mp4', 'x-content-type-options': 'nosniff', 'accept-ranges': 'bytes' })
      // The sandbox applies to the file opened on its own, not to a <video> on our page playing it.
      expect(whole.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox")
      expect(whole.rawPayload.equals(mp4())).toBe(true)
      // Players ask for ranges; seeking needs a 206.
      const part = await server.inject({ method: 'GET', url: clip.url!, headers: { range: 'bytes=0-7' } })
      expect(part.statusCode).toBe(206)
      expect(part.headers['content-range']).toBe(`bytes 0-7/${mp4().length}`)
      expect(part.rawPayload.equals(mp4().subarray(0, 8))).toBe(true)
      const other = await server.inject({ method: 'GET', url: take.url! })
      expect(other.headers['content-type']).toBe('video/webm')
    } finally {
      await server.close()
    }
  })

  it('cannot be chosen as a city photo or as the logo, which stay images', async () => {
    const user = await admin()
    const city = (await payload().find({ collection: 'cities', limit: 1, overrideAccess: true })).docs[0]
    expect(await refusedPaths(payload().update({ collection: 'cities', id: city.id, data: { photo: clip.id }, user, overrideAccess: false }))).toEqual(['photo'])
    expect(await refusedPaths(payload().updateGlobal({ slug: 'site-settings', data: { logo: take.id }, user, overrideAccess: false }))).toEqual(['logo'])
  })
})

describe('a lesson’s video', () => {
  it('plays an uploaded file in a player that loads nothing before play, with its size to download and the transcript below', async () => {
    const res = await env.site.get(`/en/modules/${mod.slug}/lessons/1`)
    expect(res.status).toBe(200)
    const { body } = res
    const player = body.match(
      /<video class="lesson-video__player" controls="" preload="none" src="\/api\/media\/file\/opening-the-table\.mp4" aria-labelledby="(video-[^"]+)"><\/video>/,
    )
    expect(player).not.toBeNull()
    expect(body).toContain(`<p class="lesson-video__title" id="${player![1]}">`)
    expect(body).toContain('<a href="/api/media/file/opening-the-table.mp4" type="video/mp4" download="">Download the video (MP4, 1 KB)</a>')
    expect(body).toContain('src="/api/media/file/second-take.webm"')
    expect(body).toContain('type="video/webm" download="">Download the video (WebM, 1 KB)</a>')
    // Nothing starts on its own, nothing is embedded from elsewhere.
    expect(body).not.toMatch(/autoplay|preload="(auto|metadata)"|<iframe/)
    const transcript = body.indexOf(`The ${transcriptWord} meet first.`)
    expect(transcript).toBeGreaterThan(player!.index!)
    expect(body).toContain('<p class="transcript__paragraph">Then the schools join.</p>')
    // A hosted video is a link, as before.
    expect(body).toMatch(/<a href="https:\/\/video\.example\/watch\/42" rel="noopener noreferrer"><span[^>]*>Hosted elsewhere<\/span><\/a>/)
    expect(body).toContain('Opens the video on its host’s site')
    // Same-origin media is allowed by default-src 'self'; no media-src narrows it.
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    expect(res.headers['content-security-policy']).not.toContain('media-src')

    const french = await env.site.get(`/fr/modules/${mod.slug}/lessons/1`)
    expect(french.body).toMatch(/download="">Télécharger la vidéo \(MP4, 1 KB\)<\/a>/)
  })

  it('is found by its transcript in the site search', async () => {
    const res = await env.site.get(`/api/search?q=${transcriptWord}&locale=en`)
    expect(res.status).toBe(200)
    const urls = (JSON.parse(res.body) as { results: { url: string }[] }).results.map((r) => r.url.replace('http://hub.test', ''))
    expect(urls).toContain(`/en/modules/${mod.slug}`)
  })

  it('stays out of what saving the module for offline use downloads', async () => {
    const email = 'video-learner@cities.example'
    const password = 'a long walk along the river 9'
    await payload().create({ collection: 'users', data: { email, password, name: 'Video Learner', roles: ['member'], _verified: true }, overrideAccess: true })
    const { token } = await payload().login({ collection: 'users', data: { email, password } })
    const res = await env.site.get(`/en/modules/${mod.slug}/offline.json`, browser(`payload-token=${token}`))
    expect(res.status).toBe(200)
    const urls = (JSON.parse(res.body) as { files: { url: string }[] }).files.map((f) => f.url)
    expect(urls).toContain(`/en/modules/${mod.slug}/lessons/1`)
    // The header's logo is an image of the page; the videos and their download links are not.
    expect(urls.filter((u) => /opening-the-table|second-take/.test(u))).toEqual([])
  })

  it('needs exactly one of a file and a link, refused in the editor’s language', async () => {
    const lesson = (video: Record<string, unknown>) => ({
      title: 'Refused module',
      slug: `video-refused-${++modules}`,
      level: 'introductory',
      minutes: 5,
      audience: 'public',
      lessons: [{ title: 'One', content: [{ blockType: 'video', title: 'A video', transcript: 'Words.', ...video }] }],
      _status: 'published',
    })
    const messages = async (video: Record<string, unknown>, language: string) => {
      const res = await rest('/api/training-modules', { method: 'POST', json: lesson(video), language })
      expect(res.status).toBe(400)
      const { errors } = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
      return errors[0].data?.errors ?? []
    }
    expect(await messages({}, 'fr')).toEqual([
      expect.objectContaining({ path: 'lessons.0.content.0.url', message: 'Téléversez un fichier vidéo ou indiquez l’adresse de la vidéo.' }),
    ])
    expect(await messages({ file: clip.id, url: 'https://video.example/watch/1' }, 'ar')).toEqual([
      expect.objectContaining({ path: 'lessons.0.content.0.url', message: 'أدخل ملف فيديو أو عنوان الفيديو، لا كليهما.' }),
    ])
    expect(await messages({ url: 'javascript:alert(1)' }, 'en')).toEqual([
      expect.objectContaining({ path: 'lessons.0.content.0.url', message: 'Enter a full web address starting with https://, http:// or mailto:.' }),
    ])
    // A picture is no video: the file field takes videos alone.
    const picture = await upload(png, 'not-a-video.png', 'image/png')
    expect((await messages({ file: picture.id }, 'en')).map((e) => e.path)).toEqual(['lessons.0.content.0.file'])
    expect(await payload().count({ collection: 'training-modules', where: { slug: { like: 'video-refused-' } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })
})
