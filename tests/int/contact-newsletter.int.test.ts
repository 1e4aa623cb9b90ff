import { describe, expect, it } from 'vitest'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { openForm, postForm } from '../helpers/forms'
import { readMailbox, recipients } from '../helpers/mailbox'
import { useTestSiteWithMailbox } from '../helpers/site'

const env = useTestSiteWithMailbox()

const attack = '<script>alert(1)</script>'
const contact = (overrides: Record<string, string> = {}) => ({
  topic: 'support',
  name: `Amina ${attack}`,
  email: 'amina@city.example',
  organisation: 'City of Tunis',
  message: `Our profile page needs a new photo. ${attack}`,
  ...overrides,
})
const count = async (collection: 'contact-messages' | 'subscribers') => (await env.site.payload.count({ collection, overrideAccess: true })).totalDocs

describe('contact form', () => {
  it('stores the message, routes it to the right inbox and acknowledges it in the sender’s language', async () => {
    const { cookie, guard } = await openForm(env.site, '/fr/contact')
    const res = await postForm(env.site, '/fr/contact', { ...contact(), ...guard }, cookie)
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/fr/contact/sent')
    const acknowledged = (await env.site.get('/fr/contact/sent')).body
    expect(acknowledged).toContain('class="breadcrumbs"')
    const { docs } = await env.site.payload.find({ collection: 'contact-messages', overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ topic: 'support', routedTo: 'support@hub.example', status: 'new', locale: 'fr' })

    await kickMailQueue(env.site.payload)
    const mails = await readMailbox(env.mailbox)
    const staff = mails.find((m) => recipients(m).includes('support@hub.example'))!
    expect(staff.replyTo?.value[0].address).toBe('amina@city.example')
    expect(staff.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(staff.html).not.toContain('<script>alert')
    expect(staff.text).toContain('Our profile page needs a new photo.')
    const ack = mails.find((m) => recipients(m).includes('amina@city.example'))!
    expect(ack.subject).toBe('Nous avons bien reçu votre message')
    expect(ack.text).toContain('Merci de nous avoir écrit')
    const { docs: sent } = await env.site.payload.find({ collection: 'outgoing-mail', overrideAccess: true })
    expect(sent.map((m) => m.status)).toEqual(['sent', 'sent'])
  })

  it('lays out email addresses left to right on Arabic pages, and the rest of the form right to left', async () => {
    const { body } = await env.site.get('/ar/contact')
    expect(body).toMatch(/<html[^>]* dir="rtl"/)
    const input = (id: string) => body.match(new RegExp(`<input id="field-${id}"[^>]*>`))?.[0]
    expect(input('email')).toContain('dir="ltr"')
    expect(input('name')).toBeDefined()
    expect(input('name')).not.toContain('dir=')
  })

  it('explains each mistake next to its field, in the page’s language, and keeps what was typed', async () => {
    const { cookie, guard } = await openForm(env.site, '/fr/contact')
    const res = await postForm(env.site, '/fr/contact', { ...contact({ email: 'not-an-address', message: 'short' }), ...guard }, cookie)
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('Il y a un problème')
    expect(res.body).toContain('id="error-email">Saisissez une adresse e-mail valide')
    expect(res.body).toContain('Votre message doit compter au moins 10 caractères')
    expect(res.body).toContain('value="not-an-address"')
    expect(res.body).toContain('>short</textarea>')
    expect(res.body).toContain('value="Amina &lt;script&gt;alert(1)&lt;/script&gt;"')
  })

  it('refuses a missing or forged CSRF token and keeps the answers', async () => {
    const before = await count('contact-messages')
    const { cookie, guard } = await openForm(env.site, '/en/contact')
    const forged = await postForm(env.site, '/en/contact', { ...contact(), ...guard, _csrf: 'forged' }, cookie)
    expect(forged.statusCode).toBe(403)
    expect(forged.body).toContain('This form had expired')
    expect(forged.body).toContain('value="amina@city.example"')
    const noCookie = await postForm(env.site, '/en/contact', { ...contact(), ...guard }, '')
    expect(noCookie.statusCode).toBe(403)
    expect(await count('contact-messages')).toBe(before)
  })

  it('turns away forms filled faster than a person can, and bots that fill the honeypot', async () => {
    const before = await count('contact-messages')
    const page = await env.site.app.inject({ method: 'GET', url: '/en/contact' })
    const cookie = String(page.headers['set-cookie']).split(';')[0]
    const started = page.body.match(/name="_started" value="([^"]+)"/)![1]
    const csrf = page.body.match(/name="_csrf" value="([^"]+)"/)![1]
    const quick = await postForm(env.site, '/en/contact', { ...contact(), _csrf: csrf, _started: started }, cookie)
    expect(quick.statusCode).toBe(400)
    expect(quick.body).toContain('quicker than we expected')

    const { guard } = await openForm(env.site, '/en/contact')
    const bot = await postForm(env.site, '/en/contact', { ...contact(), ...guard, _csrf: csrf, website: 'http://spam.example' }, cookie)
    expect(bot.statusCode).toBe(303)
    expect(await count('contact-messages')).toBe(before)
  })

  it('limits how often one address may send, with a readable 429 page', async () => {
    const { cookie, guard } = await openForm(env.site, '/ar/contact')
    const address = '10.9.9.9'
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await postForm(env.site, '/ar/contact', { ...contact({ email: 'bad' }), ...guard }, cookie, address)).statusCode)
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400])
    const limited = await postForm(env.site, '/ar/contact', { ...contact(), ...guard }, cookie, address)
    expect(limited.statusCode).toBe(429)
    expect(limited.body).toContain('محاولات كثيرة جدًا')
  })

  it('answers oversized and binary posts with a page, never a 500', async () => {
    const { cookie, guard } = await openForm(env.site, '/en/contact')
    const huge = await postForm(env.site, '/en/contact', { ...contact({ message: 'x'.repeat(100_000) }), ...guard }, cookie)
    expect(huge.statusCode).toBe(413)
    expect(huge.body).toContain('That was too much to send')
    const binary = await env.site.app.inject({
      method: 'POST',
      url: '/en/contact',
      payload: Buffer.from([0, 1, 2, 255]),
      headers: { 'content-type': 'application/octet-stream', cookie },
    })
    expect(binary.statusCode).toBe(400)
    expect(binary.body).toContain('<html')
  })
})

describe('newsletter', () => {
  it('double opt-in in Arabic: confirm by link, welcome mail with one-click unsubscribe', async () => {
    const start = (await readMailbox(env.mailbox)).length
    const { cookie, guard } = await openForm(env.site, '/ar/newsletter')
    const res = await postForm(env.site, '/ar/newsletter', { email: 'Reader@Example.org', language: 'ar', themes: ['youth-engagement', 'social-work'], ...guard }, cookie)
    expect(res.headers.location).toBe('/ar/newsletter/sent')
    await kickMailQueue(env.site.payload)
    let mails = (await readMailbox(env.mailbox)).slice(start)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe('أكّد اشتراكك في النشرة')
    const { docs } = await env.site.payload.find({ collection: 'subscribers', where: { email: { equals: 'reader@example.org' } }, overrideAccess: true })
    expect(docs[0].status).toBe('pending')
    expect(docs[0].themes).toHaveLength(2)

    const link = new URL(mails[0].text!.match(/\((http[^)]+confirm[^)]+)\)/)![1])
    const confirmPage = await env.site.app.inject({ method: 'GET', url: link.pathname + link.search, headers: { cookie } })
    expect(confirmPage.statusCode).toBe(200)
    expect((await env.site.payload.find({ collection: 'subscribers', where: { email: { equals: 'reader@example.org' } }, overrideAccess: true })).docs[0].status).toBe('pending')
    const csrf = confirmPage.body.match(/name="_csrf" value="([^"]+)"/)![1]
    const started = confirmPage.body.match(/name="_started" value="([^"]+)"/)![1]
    const confirmed = await postForm(env.site, link.pathname + link.search, { _csrf: csrf, _started: started }, cookie)
    expect(confirmed.body).toContain('أنت مشترك الآن')

    await kickMailQueue(env.site.payload)
    mails = (await readMailbox(env.mailbox)).slice(start)
    const welcome = mails[1]
    const header = (name: string) => welcome.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? ''
    const unsubscribeUrl = header('list-unsubscribe').replace(/^<|>$/g, '')
    expect(unsubscribeUrl).toMatch(/\/ar\/newsletter\/unsubscribe\?token=/)
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(welcome.text).toContain(unsubscribeUrl)

    const url = new URL(unsubscribeUrl)
    const oneClick = await env.site.app.inject({
      method: 'POST',
      url: url.pathname + url.search,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(oneClick.statusCode).toBe(200)
    expect((await env.site.payload.find({ collection: 'subscribers', where: { email: { equals: 'reader@example.org' } }, overrideAccess: true })).docs[0].status).toBe(
      'unsubscribed',
    )
  })

  it('gives the same answer whether or not an address is already subscribed', async () => {
    const sign = async (email: string) => {
      const { cookie, guard } = await openForm(env.site, '/en/newsletter')
      return postForm(env.site, '/en/newsletter', { email, language: 'en', ...guard }, cookie)
    }
    const first = await sign('twice@example.org')
    const second = await sign('twice@example.org')
    const stranger = await sign('never-seen@example.org')
    for (const res of [first, second, stranger]) {
      expect(res.statusCode).toBe(303)
      expect(res.headers.location).toBe('/en/newsletter/sent')
    }
  })

  it('sends concurrent sign-ups for one address a single confirmation, whose link works', async () => {
    const email = 'race@example.org'
    const signUp = async () => {
      const { cookie, guard } = await openForm(env.site, '/en/newsletter')
      return postForm(env.site, '/en/newsletter', { email, language: 'en', ...guard }, cookie)
    }
    const answers = await Promise.all([signUp(), signUp(), signUp(), signUp()])
    expect(answers.map((res) => res.statusCode)).toEqual([303, 303, 303, 303])
    expect((await signUp()).statusCode).toBe(303)
    await kickMailQueue(env.site.payload)
    const confirmations = (await readMailbox(env.mailbox)).filter((m) => recipients(m).includes(email))
    expect(confirmations).toHaveLength(1)
    const { docs } = await env.site.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true })
    expect(docs.map((d) => d.status)).toEqual(['pending'])

    const link = new URL(confirmations[0].text!.match(/\((http[^)]+confirm[^)]+)\)/)![1])
    const page = await env.site.app.inject({ method: 'GET', url: link.pathname + link.search })
    const cookie = String(page.headers['set-cookie']).split(';')[0]
    const csrf = page.body.match(/name="_csrf" value="([^"]+)"/)![1]
    const started = page.body.match(/name="_started" value="([^"]+)"/)![1]
    await postForm(env.site, link.pathname + link.search, { _csrf: csrf, _started: started }, cookie)
    const after = await env.site.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true })
    expect(after.docs[0].status).toBe('confirmed')
  })

  it('lists the topics a reader may choose in the page’s language and in its alphabetical order', async () => {
    const page = await env.site.get('/fr/newsletter')
    const shown = (name: string) =>
      [...page.body.matchAll(new RegExp(`<label for="field-${name}-[^"]+">([^<]+)</label>`, 'g'))].map((m) => m[1].replace(/&#x27;/g, "'").replace(/&amp;/g, '&'))
    const inFrench = { locale: 'fr', pagination: false, depth: 0 } as const
    const themes = (await env.site.payload.find({ collection: 'themes', ...inFrench })).docs.map((d) => d.label ?? d.slug)
    const regions = (await env.site.payload.find({ collection: 'regions', ...inFrench })).docs.map((d) => d.name ?? d.slug)
    for (const [labels, expected] of [
      [shown('themes'), themes],
      [shown('regions'), regions],
    ]) {
      expect(labels.length).toBeGreaterThan(2)
      expect(new Set(labels)).toEqual(new Set(expected))
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')))
    }
  })

  it('rejects broken links politely', async () => {
    const res = await env.site.get('/fr/newsletter/confirm?token=not-a-real-token-at-all-123')
    expect(res.status).toBe(200)
    expect(res.body).toContain('Ce lien ne fonctionne pas')
  })
})

describe('stored mail', () => {
  const user = async (email: string) => {
    const { docs } = await env.site.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })
    return { ...docs[0], collection: 'users' as const }
  }

  it('holds no usable reset link: the token is sealed until sent, then erased, and only admins read it', async () => {
    const { cookie, guard } = await openForm(env.site, '/en/account/forgot')
    expect((await postForm(env.site, '/en/account/forgot', { email: 'admin@hub.example', ...guard }, cookie)).statusCode).toBe(303)
    const query = { collection: 'outgoing-mail' as const, where: { to: { equals: 'admin@hub.example' } }, sort: '-createdAt', limit: 1 }
    // The form answers before it looks the address up, so the mail is stored a moment later.
    for (let tries = 0; (await env.site.payload.count({ ...query, overrideAccess: true })).totalDocs === 0; tries++) {
      if (tries > 100) throw new Error('no reset mail was stored')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await expect(env.site.payload.find({ ...query, overrideAccess: false, user: await user('editor@hub.example') })).rejects.toThrow()

    const [stored] = (await env.site.payload.find({ ...query, overrideAccess: false, user: await user('admin@hub.example') })).docs
    expect(stored.text).toMatch(/\/en\/account\/reset\?token=\[redacted-1\]/)
    expect(stored.html).toContain('token=[redacted-1]')
    expect(stored).not.toHaveProperty('secrets')
    const { resetPasswordToken } = (await user('admin@hub.example')) as unknown as { resetPasswordToken: string }
    expect(JSON.stringify(stored)).not.toContain(resetPasswordToken)

    await kickMailQueue(env.site.payload)
    const mail = (await readMailbox(env.mailbox)).filter((m) => recipients(m).includes('admin@hub.example')).at(-1)!
    expect(mail.text).toContain(`/en/account/reset?token=${resetPasswordToken}`)
    const sent = await env.site.payload.findByID({ collection: 'outgoing-mail', id: stored.id, overrideAccess: true, showHiddenFields: true })
    expect(sent).toMatchObject({ status: 'sent', secrets: null, messageId: expect.stringMatching(/^<.+@.+>$/) })
    expect(mail.messageId).toBe(sent.messageId)
    expect(JSON.stringify(sent)).not.toContain(resetPasswordToken)
  })
})

describe('personal data', () => {
  it('is visible to staff only: not to anonymous visitors or city editors', async () => {
    const { docs } = await env.site.payload.find({ collection: 'users', where: { email: { equals: 'rotterdam@hub.example' } }, overrideAccess: true })
    const cityEditor = { ...docs[0], collection: 'users' as const }
    for (const collection of ['contact-messages', 'subscribers', 'outgoing-mail'] as const) {
      await expect(env.site.payload.find({ collection, overrideAccess: false })).rejects.toThrow()
      await expect(env.site.payload.find({ collection, overrideAccess: false, user: cityEditor })).rejects.toThrow()
    }
  })
})
