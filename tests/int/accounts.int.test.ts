import { describe, expect, it } from 'vitest'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { openForm, postForm } from '../helpers/forms'
import { readMailbox, recipients } from '../helpers/mailbox'
import { useTestSiteWithMailbox } from '../helpers/site'

const env = useTestSiteWithMailbox()

const browser = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })

/** Opens the form as a browser would (the account page for signed-in actions), then posts it. */
async function submit(path: string, fields: Record<string, string>, cookie?: string) {
  const form = cookie ? await openForm(env.site, path.replace(/\/account\/[a-z-]+$/, '/account'), browser(cookie)) : await openForm(env.site, path)
  const jar = [form.cookie, cookie].filter(Boolean).join('; ')
  const res = await env.site.app.inject({
    method: 'POST',
    url: path,
    remoteAddress: `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    payload: new URLSearchParams({ ...fields, ...form.guard }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...browser(jar) },
  })
  return res
}

async function lastMailTo(address: string) {
  await kickMailQueue(env.site.payload)
  const mails = (await readMailbox(env.mailbox)).filter((m) => recipients(m).includes(address))
  return mails[mails.length - 1]
}

/** The reset mail leaves after the form's answer (so its timing reveals nothing); wait for it as a person would. */
async function resetMailTo(address: string) {
  await expect.poll(async () => (await lastMailTo(address))?.subject, { timeout: 15_000 }).toBe('Reset your password')
  return lastMailTo(address)
}

const linkIn = (text: string, word: string) => {
  const url = new URL(text.match(new RegExp(`\\((http[^)]*${word}[^)]*)\\)`))![1])
  return url.pathname + url.search
}

const sessionCookie = (setCookie: unknown) =>
  [setCookie]
    .flat()
    .map(String)
    .find((c) => c.startsWith('payload-token='))!

describe('resource hub accounts', () => {
  const member = { name: 'Leila Haddad', email: 'leila@city.example', organisation: 'City of Amman', city: 'Amman', password: 'olive lantern harbour 42' }

  it('register, confirm by email, sign in with a secure cookie, manage the account and sign out', async () => {
    const registered = await submit('/fr/account/register', member)
    expect(registered.statusCode).toBe(303)
    const verifyMail = await lastMailTo(member.email)
    expect(verifyMail.subject).toBe('Confirmez votre adresse e-mail')

    const early = await submit('/fr/account/sign-in', { email: member.email, password: member.password })
    expect(early.body).toContain('Confirmez d’abord votre adresse e-mail')

    const verifyPath = linkIn(verifyMail.text!, 'verify')
    const verified = await submit(verifyPath, {})
    expect(verified.body).toContain('Votre adresse est confirmée')
    expect(verified.body).toContain('<a class="button" href="/fr/account/sign-in">Se connecter</a>')

    const signedIn = await submit('/en/account/sign-in', { email: member.email, password: member.password })
    expect(signedIn.statusCode).toBe(303)
    const cookie = sessionCookie(signedIn.headers['set-cookie'])
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const session = cookie.split(';')[0]

    const page = await env.site.app.inject({ method: 'GET', url: '/en/account', headers: browser(session) })
    expect(page.body).toContain('You are signed in as leila@city.example')
    expect((await env.site.app.inject({ method: 'GET', url: '/en/resources/case-conference-simulation-facilitator-pack', headers: browser(session) })).statusCode).toBe(200)

    const saved = await submit('/en/account/profile', { name: 'Leila H. <b>Haddad</b>', organisation: 'Greater Amman Municipality', city: 'Amman' }, session)
    expect(saved.body).toContain('Your details have been saved.')
    expect(saved.body).toContain('value="Leila H. &lt;b&gt;Haddad&lt;/b&gt;"')

    const data = await env.site.app.inject({ method: 'GET', url: '/en/account/data.json', headers: browser(session) })
    expect(data.headers['content-disposition']).toContain('attachment')
    expect(JSON.parse(data.body).account).toMatchObject({ email: member.email, organisation: 'Greater Amman Municipality' })

    const out = await submit('/en/account/sign-out', {}, session)
    expect(String(out.headers['set-cookie'])).toContain('payload-token=;')
  })

  it('refuses short and common passwords, with the reason next to the field', async () => {
    const short = await submit('/en/account/register', { ...member, email: 'short@city.example', password: 'tiny' })
    expect(short.statusCode).toBe(400)
    expect(short.body).toContain('at least 12 characters')
    const common = await submit('/en/account/register', { ...member, email: 'common@city.example', password: 'password1234' })
    expect(common.body).toContain('too common')
    expect(common.body).toContain('value="common@city.example"')
  })

  it('resets a forgotten password with a single-use link, and never says whether an address has an account', async () => {
    const known = await submit('/en/account/forgot', { email: 'editor@hub.example' })
    const unknown = await submit('/en/account/forgot', { email: 'nobody@nowhere.example' })
    expect(known.statusCode).toBe(unknown.statusCode)
    expect(known.headers.location).toBe(unknown.headers.location)
    const mail = await resetMailTo('editor@hub.example')
    expect(mail.subject).toBe('Reset your password')
    const resetPath = linkIn(mail.text!, 'reset')
    const done = await submit(resetPath, { password: 'a brand new editor phrase' })
    expect(done.body).toContain('Your password has been changed')
    const again = await submit(resetPath, { password: 'yet another editor phrase' })
    expect(again.body).toContain('This link does not work')
    expect((await submit('/en/account/sign-in', { email: 'editor@hub.example', password: 'a brand new editor phrase' })).statusCode).toBe(303)
  })

  it('locks an account after repeated failures', async () => {
    for (let i = 0; i < 5; i++) await submit('/en/account/sign-in', { email: 'rotterdam@hub.example', password: 'wrong password number ' + i })
    const locked = await submit('/en/account/sign-in', { email: 'rotterdam@hub.example', password: 'demo-city-password' })
    expect(locked.body).toContain('This account is locked')
  })

  it('slows down one address trying many sign-ins, with a 429 page', async () => {
    const form = await openForm(env.site, '/en/account/sign-in')
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await postForm(env.site, '/en/account/sign-in', { email: `x${i}@example.org`, password: 'nope nope nope', ...form.guard }, form.cookie, '10.200.0.1')).statusCode,
      )
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it('deletes an account once the password is confirmed', async () => {
    const email = 'leaving@city.example'
    await env.site.payload.create({
      collection: 'users',
      data: { email, password: 'a leaving member phrase', name: 'Leaving', roles: ['member'], _verified: true },
      overrideAccess: true,
    })
    const session = sessionCookie((await submit('/en/account/sign-in', { email, password: 'a leaving member phrase' })).headers['set-cookie']).split(';')[0]
    const wrong = await submit('/en/account/delete', { confirmPassword: 'not it at all' }, session)
    expect(wrong.statusCode).toBe(400)
    const gone = await submit('/en/account/delete', { confirmPassword: 'a leaving member phrase' }, session)
    expect(gone.body).toContain('Your account has been deleted')
    expect((await env.site.payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('changes the email address only once the new inbox confirms it', async () => {
    const email = 'mover@city.example'
    await env.site.payload.create({
      collection: 'users',
      data: { email, password: 'a moving member phrase', name: 'Mover', roles: ['member'], _verified: true },
      overrideAccess: true,
    })
    const session = sessionCookie((await submit('/en/account/sign-in', { email, password: 'a moving member phrase' })).headers['set-cookie']).split(';')[0]
    const taken = await submit('/en/account/email', { email: 'editor@hub.example', emailPassword: 'a moving member phrase' }, session)
    const free = await submit('/en/account/email', { email: 'moved@city.example', emailPassword: 'a moving member phrase' }, session)
    expect(taken.statusCode).toBe(free.statusCode)
    expect(taken.body).toContain('If that address can be used')
    expect(await lastMailTo('editor@hub.example').then((m) => m?.subject)).not.toBe('Confirm your new email address')
    const mail = await lastMailTo('moved@city.example')
    expect((await submit('/en/account/sign-in', { email: 'moved@city.example', password: 'a moving member phrase' })).statusCode).toBe(400)
    const confirmed = await submit(linkIn(mail.text!, 'confirm-email'), {})
    expect(confirmed.body).toContain('Your email address has changed')
    expect((await submit('/en/account/sign-in', { email: 'moved@city.example', password: 'a moving member phrase' })).statusCode).toBe(303)
    expect((await submit('/en/account/sign-in', { email, password: 'a moving member phrase' })).statusCode).toBe(400)
  })

  it('refuses an expired reset link', async () => {
    await submit('/en/account/forgot', { email: 'admin@hub.example' })
    const resetPath = linkIn((await resetMailTo('admin@hub.example')).text!, 'reset')
    const { docs } = await env.site.payload.find({ collection: 'users', where: { email: { equals: 'admin@hub.example' } }, overrideAccess: true })
    await env.site.payload.update({ collection: 'users', id: docs[0].id, data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    const expired = await submit(resetPath, { password: 'an admin phrase that is new' })
    expect(expired.body).toContain('This link does not work')
  })

  it('sends a member city’s help-desk request to its regional hub team', async () => {
    const session = sessionCookie((await submit('/en/account/sign-in', { email: 'leila@city.example', password: 'olive lantern harbour 42' })).headers['set-cookie']).split(';')[0]
    expect((await env.site.app.inject({ method: 'GET', url: '/en/account/help', headers: browser(session) })).body).toContain(
      'The help desk is for people working for a member city',
    )

    const { docs } = await env.site.payload.find({ collection: 'cities', where: { slug: { equals: 'amman' } }, overrideAccess: true })
    const { docs: users } = await env.site.payload.find({ collection: 'users', where: { email: { equals: 'leila@city.example' } }, overrideAccess: true })
    await env.site.payload.update({ collection: 'users', id: users[0].id, data: { memberCity: docs[0].id }, overrideAccess: true })
    const sent = await submit('/en/account/help', { message: 'We need help updating our profile photo.' }, session)
    expect(sent.body).toContain('Request sent')
    const mail = await lastMailTo('middle-east-north-africa-hub@hub.example')
    expect(mail.text).toContain('We need help updating our profile photo.')
    const { docs: messages } = await env.site.payload.find({
      collection: 'contact-messages',
      where: { routedTo: { equals: 'middle-east-north-africa-hub@hub.example' } },
      overrideAccess: true,
    })
    expect(messages).toHaveLength(1)
  })
})
