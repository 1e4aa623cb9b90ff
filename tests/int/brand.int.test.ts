import { readdirSync } from 'node:fs'
import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'
import { uploadsDir } from '../../src/config/uploads-dir'
import { buildHttpApp } from '../../src/http-app'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { openForm, postForm } from '../helpers/forms'
import { payloadBehindNext } from '../helpers/payload-behind-next'
import { readMailbox, recipients } from '../helpers/mailbox'
import { useTestSiteWithMailbox } from '../helpers/site'
import { cleanLogo, hostileSvgs, renamedPng } from '../helpers/svg-samples'

const env = useTestSiteWithMailbox()

async function admin() {
  const { docs } = await env.site.payload.find({ collection: 'users', where: { email: { equals: 'admin@hub.example' } }, overrideAccess: true })
  return docs[0]
}

describe('the network’s brand', () => {
  it('shows the seeded logo in the header and as the browser icon, and costs no request with the default colours', async () => {
    const { body } = await env.site.get('/en')
    expect(body).toMatch(
      /<a class="site-header__name" href="\/en"><img class="site-header__logo" src="\/api\/media\/file\/brand-logo[^"]*" alt="" width="40" height="40"\/>Strong Cities Network<\/a>/,
    )
    expect(body).toMatch(/<link rel="icon" href="\/api\/media\/file\/brand-logo[^"]*"\/>/)
    expect(body).not.toContain('/brand.css')
  })

  it('refuses colours whose text would fall below WCAG AA, and keeps the brand as it was', async () => {
    const user = await admin()
    // Payload names the field in its error; our sentence, in the user's language, is the field's message.
    const refusal = (data: Record<string, string>) =>
      env.site.payload.updateGlobal({ slug: 'site-settings', data, user, overrideAccess: false }).then(
        () => 'saved',
        (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.map((e) => e.message).join(' ') ?? String(error),
      )
    expect(await refusal({ primaryColour: '#f47738' })).toMatch(/^Text in white on this colour has a contrast of 2\.\d:1; WCAG AA needs at least 4\.5:1/)
    expect(await refusal({ accentColour: '#1d70b8' })).toMatch(/^Text in black on this colour has a contrast of/)
    expect(await refusal({ accentColour: 'yellow' })).toMatch(/six hexadecimal digits/)
    const settings = await env.site.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(settings).toMatchObject({ primaryColour: '#0b3d5c', accentColour: '#ffdd00' })
  })

  it('puts new colours on every page and in mails, as soon as they are saved', async () => {
    await env.site.payload.updateGlobal({ slug: 'site-settings', data: { primaryColour: '#5b2a86', accentColour: '#f4c300' }, user: await admin(), overrideAccess: false })
    const { body } = await env.site.get('/fr/cities')
    const stylesheet = body.match(/<link rel="stylesheet" href="(\/brand\.css\?v=[0-9a-f]{10})"\/>/)?.[1]
    expect(stylesheet).toBeDefined()
    const css = await env.site.get(stylesheet!)
    expect(css.headers['content-type']).toContain('text/css')
    expect(css.body).toContain('--brand-primary:#5b2a86;--brand-primary-dark:#442065;--brand-accent:#f4c300')

    const { cookie, guard } = await openForm(env.site, '/ar/newsletter')
    await postForm(env.site, '/ar/newsletter', { email: 'layla@city.example', language: 'ar', ...guard }, cookie)
    await kickMailQueue(env.site.payload)
    const mail = (await readMailbox(env.mailbox)).find((m) => recipients(m).includes('layla@city.example'))!
    expect(mail.html).toMatch(/<p style="margin:0;padding:12px 16px;background:#5b2a86;color:#ffffff;font-weight:700;font-size:18px">شبكة المدن القوية<\/p>/)
  })
})

/**
 * Payload's REST API as Next hands it a request (src/app/(payload)/api/[...slug]/route.ts):
 * an upload as the back office sends it, signed in as the admin, in the back-office language the cookie names.
 */
let adminToken: Promise<string> | undefined
async function rest(path: string, init: { method?: string; body?: FormData; language?: string } = {}) {
  // Once per file: sign-ins are limited per address.
  adminToken ??= env.site.payload.login({ collection: 'users', data: { email: 'admin@hub.example', password: 'demo-admin-password' } }).then((r) => r.token!)
  const token = await adminToken
  const headers = { authorization: `JWT ${token}`, cookie: `payload-lng=${init.language ?? 'en'}` }
  return handleEndpoints({ config: env.site.payload.config, request: new Request(`http://hub.test${path}`, { method: init.method ?? 'GET', body: init.body, headers }) })
}

function uploadLogo(name: string, bytes: string | Uint8Array<ArrayBuffer>, language?: string) {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type: 'image/svg+xml' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Logo' }))
  return rest('/api/media', { method: 'POST', body: form, language })
}

// A function: the test database's UPLOADS_DIR is set only in beforeAll.
const mediaDir = () => uploadsDir('media')

/** What the Images collection holds, in the database and on disk. */
async function storedImages() {
  return { docs: (await env.site.payload.count({ collection: 'media', overrideAccess: true })).totalDocs, files: readdirSync(mediaDir()).sort() }
}

describe('an SVG logo', () => {
  it('is accepted when it is plain drawing, kept with no resized copies, and shown in the header at its proportions', async () => {
    const res = await uploadLogo('cities-logo.svg', cleanLogo)
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; filename: string; mimeType: string; width: number; height: number } }
    expect(doc).toMatchObject({ mimeType: 'image/svg+xml', width: 300, height: 100 })
    expect(readdirSync(mediaDir()).filter((file) => file.startsWith(doc.filename.replace(/\.svg$/, '')))).toEqual([doc.filename])

    await env.site.payload.updateGlobal({ slug: 'site-settings', data: { logo: doc.id }, user: await admin(), overrideAccess: false })
    const { body } = await env.site.get('/fr')
    expect(body).toContain(`<img class="site-header__logo" src="/api/media/file/${doc.filename}" alt="" width="120" height="40"/>`)
  })

  it('is served as a sandboxed document, by Payload’s route and through the server, so that opened on its own it could run nothing', async () => {
    const { doc } = (await (await uploadLogo('served.svg', cleanLogo)).json()) as { doc: { filename: string } }
    const inert = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

    const byPayload = await rest(`/api/media/file/${doc.filename}`)
    expect(byPayload.status).toBe(200)
    expect(byPayload.headers.get('content-type')).toBe('image/svg+xml')
    expect(byPayload.headers.get('content-security-policy')).toBe(inert)
    expect(byPayload.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await byPayload.text()).toBe(cleanLogo)

    // Our server sets its headers before Next answers, and Next keeps them over the route's.
    const server = await buildHttpApp({ payload: env.site.payload, origin: 'http://hub.test', nextHandler: payloadBehindNext(env.site.payload.config) })
    try {
      const res = await server.inject({ method: 'GET', url: `/api/media/file/${doc.filename}` })
      expect(res.statusCode).toBe(200)
      expect(res.headers).toMatchObject({ 'content-type': 'image/svg+xml', 'content-security-policy': inert, 'x-content-type-options': 'nosniff' })
      expect(res.body).toBe(cleanLogo)
    } finally {
      await server.close()
    }
  })

  it('cannot be chosen as a photo, which stays a raster image', async () => {
    const { doc: svg } = (await (await uploadLogo('drawing.svg', cleanLogo)).json()) as { doc: { id: number } }
    const city = (await env.site.payload.find({ collection: 'cities', limit: 1, overrideAccess: true })).docs[0]
    const refusal = await env.site.payload.update({ collection: 'cities', id: city.id, data: { photo: svg.id }, user: await admin(), overrideAccess: false }).then(
      () => 'saved',
      (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors?.map((e) => e.path),
    )
    expect(refusal).toEqual(['photo'])
  })

  const refusals: { name: string; file: string | Uint8Array<ArrayBuffer>; language: 'en' | 'fr' | 'ar'; message: RegExp }[] = [
    { name: 'a <script>', file: hostileSvgs.script.svg, language: 'en', message: /^This SVG contains <script>, which a logo may not have/ },
    {
      name: 'an onload= handler',
      file: hostileSvgs.onload.svg,
      language: 'fr',
      message: /^Ce SVG contient un gestionnaire d’événement \(onload sur <svg>\), qui exécuterait un script\./,
    },
    { name: 'a <foreignObject>', file: hostileSvgs.foreignObject.svg, language: 'ar', message: /^يحتوي ملف SVG هذا على \u200e<foreignObject>\u200e، وهو ما لا يجوز في الشعار/ },
    { name: 'a javascript: href', file: hostileSvgs.javascriptHref.svg, language: 'en', message: /^This SVG points outside itself \(href="javascript:alert\(1\)" on <image>\)/ },
    {
      name: 'an external href',
      file: hostileSvgs.externalHref.svg,
      language: 'fr',
      message: /^Ce SVG renvoie hors de lui-même \(href="https:\/\/evil\.example\/sprite\.svg#logo" sur <use>\)/,
    },
    { name: 'a <!DOCTYPE> with an entity', file: hostileSvgs.doctypeEntity.svg, language: 'en', message: /^This SVG has a <!DOCTYPE> declaration/ },
    { name: 'a PNG renamed .svg', file: renamedPng, language: 'en', message: /^This file is not a well-formed SVG image/ },
    { name: 'HTML renamed .svg', file: hostileSvgs.renamedHtml.svg, language: 'ar', message: /^هذا الملف ليس صورة SVG سليمة البنية/ },
  ]

  it.each(refusals)('is refused with $name, in the editor’s language ($language), and nothing is stored', async ({ file, language, message }) => {
    const before = await storedImages()
    const res = await uploadLogo('logo.svg', file, language)
    expect(res.status).toBe(400)
    const { errors } = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    const [fileError] = errors[0].data?.errors ?? []
    expect(fileError?.path).toBe('file')
    expect(fileError?.message).toMatch(message)
    expect(await storedImages()).toEqual(before)
  })
})
