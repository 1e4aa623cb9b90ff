import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { openForm } from '../helpers/forms'
import { readMailbox, recipients } from '../helpers/mailbox'
import { useTestSiteWithMailbox } from '../helpers/site'

/**
 * Issue 11: members register for events, up to the places, then on a
 * waitlist; cancelling moves the first waiting person up; mail confirms with
 * the event's .ics and reminds a day before; the joining link reaches
 * confirmed registrants and nobody else.
 */
const env = useTestSiteWithMailbox()
const payload = () => env.site.payload

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const browser = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })
let people = 0
let events = 0

type Member = { id: number; email: string; session: string }

async function member(name = 'Registrant'): Promise<Member> {
  const n = ++people
  const email = `registrant${n}@cities.example`
  const password = 'a quiet harbour at dawn 7'
  const user = await payload().create({ collection: 'users', data: { email, password, name: `${name} ${n}`, roles: ['member'], _verified: true }, overrideAccess: true })
  const { token } = await payload().login({ collection: 'users', data: { email, password } })
  return { id: user.id, email, session: `payload-token=${token}` }
}

async function staffSession(email: string, password: string) {
  const { token } = await payload().login({ collection: 'users', data: { email, password } })
  return `payload-token=${token}`
}

type EventOptions = { capacity?: number | null; startsIn?: number; closesIn?: number; open?: boolean; joinUrl?: string }

async function event({ capacity = 2, startsIn = 10 * DAY, closesIn, open = true, joinUrl }: EventOptions = {}) {
  const n = ++events
  const startsAt = new Date(Date.now() + startsIn)
  const doc = await payload().create({
    collection: 'events',
    data: {
      title: `Registration test event ${n}`,
      slug: `registration-test-${n}`,
      type: 'webinar',
      startsAt: startsAt.toISOString(),
      startsAt_tz: 'Europe/Amsterdam',
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      endsAt_tz: 'Europe/Amsterdam',
      online: Boolean(joinUrl),
      joinUrl,
      summary: 'A test of registering.',
      registration: { open, capacity, closesAt: closesIn === undefined ? undefined : new Date(Date.now() + closesIn).toISOString() },
      _status: 'published',
    },
    overrideAccess: true,
  })
  return { id: doc.id, slug: doc.slug, title: doc.title as string, page: `/en/events/${doc.slug}/registration` }
}

const get = (url: string, cookie = '') => env.site.app.inject({ method: 'GET', url, headers: cookie ? browser(cookie) : {} })

/** Opens the page as a browser would (its form cookie and guard), then posts its form; `fields` override what it sends. */
async function post(path: string, session: string, fields: Record<string, string> = {}, formPath = path) {
  const form = await openForm(env.site, formPath, session ? browser(session) : {})
  const eventId = form.html.match(/name="event" value="(\d+)"/)?.[1] ?? ''
  const body = new URLSearchParams({ event: eventId, ...form.guard, ...fields })
  return env.site.app.inject({
    method: 'POST',
    url: path,
    remoteAddress: `10.11.${people % 250}.${Math.floor(Math.random() * 250)}`,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...browser([form.cookie, session].filter(Boolean).join('; ')) },
  })
}

const register = (who: Member, e: { page: string }, fields?: Record<string, string>) => post(e.page, who.session, fields)

async function mailsTo(address: string): Promise<ParsedMail[]> {
  await kickMailQueue(payload())
  return (await readMailbox(env.mailbox)).filter((m) => recipients(m).includes(address))
}

const statusOf = async (p: Payload, eventId: number, memberId: number) =>
  (await p.find({ collection: 'event-registrations', where: { and: [{ event: { equals: eventId } }, { member: { equals: memberId } }] }, overrideAccess: true })).docs.map(
    (d) => d.status,
  )

const linkIn = (text: string, word: string) => {
  const url = new URL(text.match(new RegExp(`(https?://\\S*${word}\\S*)`))![1].replace(/[)\]]+$/, ''))
  return url.pathname + url.search
}

describe('registering for events', () => {
  it('confirms up to the places, then waitlists with the place, and says so on the page', async () => {
    const e = await event({ capacity: 2 })
    const [a, b, c, d] = await Promise.all([member(), member(), member(), member()])
    for (const who of [a, b, c, d]) expect((await register(who, e)).statusCode).toBe(303)
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['confirmed'])
    expect(await statusOf(payload(), e.id, b.id)).toEqual(['confirmed'])
    expect(await statusOf(payload(), e.id, c.id)).toEqual(['waitlisted'])
    const third = await get(e.page, c.session)
    expect(third.headers['cache-control']).toBe('private, no-store')
    expect(third.body).toContain('You are on the waitlist')
    expect(third.body).toContain('You are number 1 on the waitlist')
    expect((await get(e.page, d.session)).body).toContain('You are number 2 on the waitlist')
    expect((await get(e.page, a.session)).body).toContain('You are registered')
    const waitMail = (await mailsTo(c.email)).find((m) => m.subject === `You are on the waitlist: ${e.title}`)
    expect(waitMail?.text).toContain('number 1 on the waitlist')
    expect(waitMail?.attachments).toHaveLength(0)
  })

  it('holds the places when many members register at the same moment', async () => {
    const e = await event({ capacity: 3 })
    const crowd = await Promise.all(Array.from({ length: 8 }, () => member()))
    const replies = await Promise.all(crowd.map((who) => register(who, e)))
    expect(replies.map((r) => r.statusCode)).toEqual(crowd.map(() => 303))
    const { docs } = await payload().find({ collection: 'event-registrations', where: { event: { equals: e.id } }, pagination: false, overrideAccess: true })
    expect(docs.filter((r) => r.status === 'confirmed')).toHaveLength(3)
    expect(docs.filter((r) => r.status === 'waitlisted')).toHaveLength(5)
  })

  it('mails a confirmation with a valid .ics of the event, and registering twice changes nothing', async () => {
    const e = await event({ capacity: 5 })
    const a = await member()
    await register(a, e)
    await register(a, e)
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['confirmed'])
    const confirmations = (await mailsTo(a.email)).filter((m) => m.subject === `You are registered: ${e.title}`)
    expect(confirmations).toHaveLength(1)
    const [ics] = confirmations[0].attachments
    expect(ics.contentType).toBe('text/calendar')
    expect(ics.filename).toBe(`${e.slug}.ics`)
    const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')))
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    expect(vevent.summary).toBe(e.title)
    expect(vevent.uid).toBe(`event-${e.id}@hub.test`)
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam')
    // The site's own .ics of the event is the same entry, so a calendar that has both keeps one.
    const site = new ICAL.Component(ICAL.parse((await get(`/en/events/${e.slug}.ics`)).body))
    expect(new ICAL.Event(site.getFirstSubcomponent('vevent')!).uid).toBe(vevent.uid)
  })

  it('moves the first on the waitlist up when a confirmed registrant cancels, and mails them', async () => {
    const e = await event({ capacity: 1, joinUrl: 'https://meet.example.org/moved-up-room' })
    const [a, b, c] = await Promise.all([member(), member(), member()])
    for (const who of [a, b, c]) await register(who, e)
    const cancelled = await post(`${e.page}/cancel`, a.session, {}, e.page)
    expect(cancelled.statusCode).toBe(303)
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['cancelled'])
    expect(await statusOf(payload(), e.id, b.id)).toEqual(['confirmed'])
    expect(await statusOf(payload(), e.id, c.id)).toEqual(['waitlisted'])
    const moved = (await mailsTo(b.email)).find((m) => m.subject === `A place is yours: ${e.title}`)
    expect(moved?.text).toContain('https://meet.example.org/moved-up-room')
    expect(moved?.attachments.map((x) => x.filename)).toEqual([`${e.slug}.ics`])
    const page = await get(e.page, b.session)
    expect(page.body).toContain('You are registered')
    expect(page.body).toContain('href="https://meet.example.org/moved-up-room"')
    expect((await get(e.page, c.session)).body).toContain('You are number 1 on the waitlist')
    // Cancelling again changes nothing, and nobody else moves up.
    await post(`${e.page}/cancel`, a.session, {}, e.page)
    expect(await statusOf(payload(), e.id, c.id)).toEqual(['waitlisted'])
    // Registering again after cancelling joins the end of the queue.
    await register(a, e)
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['waitlisted'])
    expect((await get(e.page, a.session)).body).toContain('You are number 2 on the waitlist')
  })

  it('cancels from the mailed link without signing in, after a confirming button; a tampered link does nothing', async () => {
    const e = await event({ capacity: 1 })
    const [a, b] = await Promise.all([member(), member()])
    await register(a, e)
    await register(b, e)
    const mail = (await mailsTo(a.email)).find((m) => m.subject === `You are registered: ${e.title}`)!
    const link = linkIn(mail.text!, 'cancel')
    expect(link).toMatch(new RegExp(`^/en/events/${e.slug}/registration/cancel\\?token=\\d+-`))
    // Opening the link cancels nothing: link checkers open every URL.
    const opened = await get(link)
    expect(opened.statusCode).toBe(200)
    expect(opened.body).toContain('Cancel your registration?')
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['confirmed'])
    // One character of the signature changed, whichever it was.
    const tampered = link.replace(/token=(\d+)-(.)/, (_, id, first) => `token=${id}-${first === 'A' ? 'B' : 'A'}`)
    expect((await get(tampered)).body).toContain('This link does not work')
    expect((await post(tampered, '', {}, link)).body).toContain('This link does not work')
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['confirmed'])
    const done = await post(link, '', {}, link)
    expect(done.statusCode).toBe(200)
    expect(done.body).toContain('Your registration is cancelled')
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['cancelled'])
    expect(await statusOf(payload(), e.id, b.id)).toEqual(['confirmed'])
  })

  it('refuses closed, past and unopened registration with a clear message', async () => {
    const a = await member()
    const open = await event()
    const cases = [
      { e: await event({ closesIn: -HOUR }), says: 'Registration for this event has closed.' },
      { e: await event({ startsIn: -HOUR }), says: 'This event has already begun, so it no longer takes registrations.' },
      { e: await event({ open: false }), says: 'This event does not take registrations through the hub.' },
    ]
    for (const { e, says } of cases) {
      expect((await get(e.page, a.session)).body).toContain(says)
      // A form kept open from before, posted now.
      const late = await post(e.page, a.session, { event: String(e.id) }, open.page)
      expect(late.statusCode).toBe(400)
      expect(late.body).toContain(says)
      expect(await statusOf(payload(), e.id, a.id)).toEqual([])
    }
  })

  it('answers bad input with a clear error, never a 500', async () => {
    const e = await event()
    const other = await event()
    const a = await member()
    const wrong = await register(a, e, { event: String(other.id) })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.body).toContain('This form was for another event.')
    for (const id of ['', 'abc', '1 OR 1=1', '99999999999999999999']) expect((await register(a, e, { event: id })).statusCode).toBe(400)
    const noCsrf = await register(a, e, { _csrf: '' })
    expect(noCsrf.statusCode).toBe(403)
    expect(noCsrf.body).toContain('This form had expired')
    expect(await statusOf(payload(), e.id, a.id)).toEqual([])
    expect(await statusOf(payload(), other.id, a.id)).toEqual([])
    for (const url of ['/en/events/no-such-event/registration', '/en/events/%00/registration', `/xx/events/${e.slug}/registration`, `${e.page}/cancel?token=%3Cscript%3E`]) {
      expect((await get(url, a.session)).statusCode, url).toBeLessThan(500)
    }
    expect((await post('/en/events/no-such-event/registration', a.session, {}, e.page)).statusCode).toBe(404)
  })

  it('asks visitors who are not signed in to sign in, and brings them back to the registration', async () => {
    const e = await event()
    const page = await get(e.page)
    expect(page.statusCode).toBe(200)
    const signIn = `/en/account/sign-in?return=${encodeURIComponent(e.page)}`
    expect(page.body).toContain(`href="${signIn.replace(/&/g, '&amp;')}"`)
    expect(page.body).toContain('Sign in to register')
    expect(page.body).not.toContain('name="event"')
    const eventPage = await get(`/en/events/${e.slug}`)
    expect(eventPage.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(eventPage.body).toContain(`href="${e.page}"`)
    expect(eventPage.body).toContain('Sign in to register')
    // The public page is the same for a member but for the header, which names them: nothing else depends on who asks.
    const a = await member()
    const asMember = await get(`/en/events/${e.slug}`, a.session)
    const withoutHeader = (html: string) => html.replace(/<header class="site-header">[\s\S]*?<\/header>/, '')
    expect(withoutHeader(asMember.body)).toBe(withoutHeader(eventPage.body))
    expect(asMember.body).toContain('class="account-status__sign-out"')
    const posted = await post(signIn, '', { email: a.email, password: 'a quiet harbour at dawn 7' }, signIn)
    expect(posted.statusCode).toBe(303)
    expect(posted.headers.location).toBe(e.page)
  })

  it('lists a member’s registrations on their account page, which can cancel them', async () => {
    const e = await event({ capacity: 3 })
    const a = await member()
    await register(a, e)
    const account = await get('/en/account', a.session)
    expect(account.body).toContain('Your event registrations')
    expect(account.body).toContain(e.title)
    expect(account.body).toContain(`action="/en/events/${e.slug}/registration/cancel"`)
    const cancelled = await post(`${e.page}/cancel`, a.session, { event: String(e.id) }, '/en/account')
    expect(cancelled.statusCode).toBe(303)
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['cancelled'])
    expect((await get('/en/account', a.session)).body).toContain('You are not registered for any upcoming event.')
    // A past event's registration is history, not something to cancel.
    const past = await event({ startsIn: 10 * DAY })
    await register(a, past)
    await payload().update({
      collection: 'events',
      id: past.id,
      data: { startsAt: new Date(Date.now() - 3 * HOUR).toISOString(), endsAt: new Date(Date.now() - HOUR).toISOString() },
      overrideAccess: true,
    })
    expect((await get('/en/account', a.session)).body).not.toContain(past.title)
  })
})

describe('the joining link', () => {
  it('reaches confirmed registrants only: not the public page, .ics, API reads or anyone waiting', async () => {
    const joinUrl = 'https://meet.example.org/only-for-registrants-4711'
    const e = await event({ capacity: 1, joinUrl })
    const [a, b, outsider] = await Promise.all([member(), member(), member()])
    await register(a, e)
    await register(b, e)
    for (const [url, cookie] of [
      [`/en/events/${e.slug}`, ''],
      [`/en/events/${e.slug}`, outsider.session],
      [`/en/events/${e.slug}.ics`, ''],
      ['/en/events/calendar.ics', ''],
      ['/en/events/feed.xml', ''],
      ['/sitemap.xml', ''],
      [`/en/search?q=${encodeURIComponent('Registration test event')}`, ''],
      ['/api/search?q=meet&locale=en', ''],
      [e.page, ''],
      [e.page, outsider.session],
      [e.page, b.session],
    ]) {
      const res = await get(url, cookie)
      expect(res.body, `${url} ${cookie ? 'as a member' : 'anonymously'}`).not.toContain('only-for-registrants-4711')
    }
    expect((await get(e.page, a.session)).body).toContain(joinUrl)
    // The API reads as the asker: the public and members never get the field, staff do.
    const asAnonymous = await payload().findByID({ collection: 'events', id: e.id, overrideAccess: false })
    expect(asAnonymous.joinUrl).toBeUndefined()
    const user = await payload().findByID({ collection: 'users', id: a.id, overrideAccess: true })
    const asRegistrant = await payload().findByID({ collection: 'events', id: e.id, overrideAccess: false, user: { ...user, collection: 'users' } })
    expect(asRegistrant.joinUrl).toBeUndefined()
    const waitMail = (await mailsTo(b.email)).map((m) => m.text).join('\n')
    expect(waitMail).not.toContain(joinUrl)
    const confirmMail = (await mailsTo(a.email)).find((m) => m.subject === `You are registered: ${e.title}`)!
    expect(confirmMail.text).toContain(joinUrl)
    expect(confirmMail.attachments[0].content.toString()).not.toContain(joinUrl)
  })
})

describe('registrations are staff’s', () => {
  it('refuses members another member’s registration, and members and the public every registration', async () => {
    const e = await event()
    const [a, b] = await Promise.all([member(), member()])
    await register(a, e)
    const [mine] = (await payload().find({ collection: 'event-registrations', where: { member: { equals: a.id } }, overrideAccess: true })).docs
    const userB = { ...(await payload().findByID({ collection: 'users', id: b.id, overrideAccess: true })), collection: 'users' as const }
    await expect(payload().findByID({ collection: 'event-registrations', id: mine.id, overrideAccess: false, user: userB })).rejects.toThrow()
    await expect(payload().update({ collection: 'event-registrations', id: mine.id, data: { status: 'cancelled' }, overrideAccess: false, user: userB })).rejects.toThrow()
    await expect(payload().find({ collection: 'event-registrations', overrideAccess: false, user: userB })).rejects.toThrow('not allowed')
    expect(await statusOf(payload(), e.id, a.id)).toEqual(['confirmed'])
  })

  it('exports an event’s registrations as CSV for staff, and refuses everyone else', async () => {
    const e = await event({ capacity: 1 })
    const [a, b] = await Promise.all([member('Amal'), member('Bruno')])
    await register(a, e)
    await register(b, e)
    const csv = `/en/events/${e.slug}/registrations.csv`
    const cityEditor = await staffSession('rotterdam@hub.example', 'demo-city-password')
    for (const cookie of ['', a.session, cityEditor]) {
      const refused = await get(csv, cookie)
      expect(refused.statusCode).toBe(403)
      expect(refused.body).not.toContain(a.email)
    }
    const res = await get(csv, await staffSession('editor@hub.example', 'demo-editor-password'))
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['cache-control']).toBe('private, no-store')
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('Status,Waitlist place,Name,Email,Organisation,City,Language,Registered at (UTC)')
    expect(lines[1]).toMatch(new RegExp(`^Registered,,Amal \\d+,${a.email},,,en,`))
    expect(lines[2]).toMatch(new RegExp(`^On the waitlist,1,Bruno \\d+,${b.email},,,en,`))
    expect(lines).toHaveLength(3)
  })
})

describe('reminders', () => {
  it('mails a confirmed registrant once, a day before the event', async () => {
    const soon = await event({ startsIn: 23 * HOUR })
    const later = await event({ startsIn: 3 * DAY })
    const a = await member()
    await register(a, soon)
    await register(a, later)
    const reminders = async (title: string) => (await mailsTo(a.email)).filter((m) => m.subject === `Tomorrow: ${title}`)
    expect(await reminders(soon.title)).toHaveLength(1)
    await kickMailQueue(payload())
    expect(await reminders(soon.title)).toHaveLength(1)
    // The later event's reminder waits for its day.
    expect(await reminders(later.title)).toHaveLength(0)
    const waiting = await payload().find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'remindEventRegistrant' }, completedAt: { exists: false } },
      overrideAccess: true,
    })
    expect(waiting.docs.some((j) => new Date(j.waitUntil!).getTime() > Date.now() + DAY)).toBe(true)
  })
})
