import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mailFile, messageIdFor } from '../../src/services/mail/transport'
import { GUARD_COOKIE, guardFields, newNonce } from '../../src/site/forms/guard'
import { httpFrom } from '../helpers/http-from'
import { readMailbox, recipients } from '../helpers/mailbox'
import { closeServerPayload, openServerPayload } from '../helpers/server-payload'
import { createSeededServerData, type RunningServer, type ServerData, startServer } from '../helpers/start-server'

/**
 * kill -9 of the real server, again and again, while visitors post the
 * contact form and while a newsletter goes out; after the last restart every
 * accepted message is stored and every mail arrived exactly once.
 */

// Shared with the servers, so this process can sign form start times as their pages do.
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')

const SUBSCRIBERS = 300
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let data: ServerData
let server: RunningServer
let payload: Payload
let kills = 0
let sentButUnmarked = 0

/**
 * Kills the server and, before restarting it, counts the mails it had
 * already written but not yet marked sent: those the restart must not send again.
 */
async function killAndRestart(): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  process.kill(-server.process.pid!, 'SIGKILL')
  await exited
  kills++
  const where = { status: { not_equals: 'sent' } } as const
  const mails = await payload.find({ collection: 'outgoing-mail', where, pagination: false, depth: 0, overrideAccess: true })
  const deliveries = await payload.find({ collection: 'newsletter-deliveries', where, pagination: false, depth: 0, overrideAccess: true })
  const ids = [...mails.docs.map((m) => messageIdFor('mail', m.id, m.createdAt)), ...deliveries.docs.map((d) => messageIdFor('newsletter', d.key.replace(':', '-'), d.createdAt))]
  sentButUnmarked += ids.filter((id) => existsSync(mailFile(id))).length
  server = await startServer({}, data)
}

async function waitFor(what: string, done: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 250) {
  const until = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`Gave up waiting for ${what}`)
    await sleep(everyMs)
  }
}

const emlCount = () => readdirSync(server.mailDir, { withFileTypes: true }).filter((f) => f.name.endsWith('.eml')).length
const unsent = async () => (await payload.count({ collection: 'outgoing-mail', where: { status: { not_equals: 'sent' } }, overrideAccess: true })).totalDocs
const tally = <T>(values: T[]) => values.reduce((counts, v) => counts.set(v, (counts.get(v) ?? 0) + 1), new Map<T, number>())

beforeAll(async () => {
  data = await createSeededServerData()
  server = await startServer({}, data)
  payload = await openServerPayload(data)
}, 180_000)

afterAll(async () => {
  await server?.stop()
  if (payload) await closeServerPayload(payload)
  await data?.drop()
})

describe('after repeated kill -9', () => {
  it('loses no contact message and sends each of its two mails exactly once', async () => {
    const accepted: string[] = []
    const refused: number[] = []
    let next = 0
    let storming = true
    // Visitors, each post from an address of its own kind: five posts per address, as the rate limit allows.
    const visitor = async () => {
      while (storming) {
        const i = next++
        const email = `storm${i}@example.org`
        const nonce = newNonce()
        const fields = {
          topic: 'general',
          name: `Visitor ${i}`,
          email,
          organisation: '',
          message: `Message number ${i} from the storm.`,
          ...guardFields(nonce, Date.now() - 10_000),
        }
        const from = `127.1.${Math.floor(i / 1250)}.${(Math.floor(i / 5) % 250) + 1}`
        try {
          const res = await httpFrom(from, `${server.url}/en/contact`, {
            method: 'POST',
            body: new URLSearchParams(fields).toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${GUARD_COOKIE}=${nonce}` },
          })
          if (res.status === 303 && res.location === '/en/contact/sent') accepted.push(email)
          else refused.push(res.status)
        } catch {
          // The server is down or died mid-answer: this post was not accepted.
          await sleep(50)
        }
      }
    }
    const visitors = Array.from({ length: 6 }, visitor)
    for (let k = 0; k < 5; k++) {
      const before = accepted.length
      await waitFor('accepted posts', () => accepted.length >= before + 15 + Math.floor(Math.random() * 30), 60_000)
      await killAndRestart()
    }
    const before = accepted.length
    await waitFor('accepted posts after the last restart', () => accepted.length >= before + 20, 60_000)
    storming = false
    await Promise.all(visitors)

    // Mail a killed runner held is due again when its lease (30 s) ends; the timer comes every 15 s.
    await waitFor('every mail to be sent', async () => (await unsent()) === 0, 90_000)
    const { docs: stored } = await payload.find({ collection: 'contact-messages', pagination: false, depth: 0, overrideAccess: true })
    const mails = (await readMailbox(server.mailDir)).filter((m) => m.subject === 'We have received your message' || m.subject?.startsWith('[general]'))
    const acks = tally(mails.filter((m) => m.subject === 'We have received your message').flatMap(recipients))
    const staff = tally(mails.filter((m) => m.subject?.startsWith('[general]')).map((m) => m.replyTo!.value[0].address!))
    const storedBy = tally(stored.map((m) => m.email))

    const counts = {
      kills,
      sentButUnmarked,
      accepted: accepted.length,
      stored: stored.length,
      mails: mails.length,
      duplicates: [...acks.values(), ...staff.values()].filter((n) => n > 1).length,
    }
    console.log('contact storm', JSON.stringify(counts))
    expect(refused).toEqual([])
    expect(accepted.filter((email) => storedBy.get(email) !== 1)).toEqual([])
    expect(stored.filter((m) => acks.get(m.email) !== 1 || staff.get(m.email) !== 1).map((m) => m.email)).toEqual([])
    expect(mails).toHaveLength(2 * stored.length)
    expect(counts.duplicates).toBe(0)
    expect(kills).toBe(5)
  }, 150_000)

  it('sends a newsletter issue to every confirmed subscriber exactly once', async () => {
    for (let i = 0; i < SUBSCRIBERS; i++) {
      await payload.create({
        collection: 'subscribers',
        data: { email: `reader${i}@example.org`, locale: ['en', 'fr', 'ar'][i % 3], status: 'confirmed', token: randomBytes(24).toString('base64url') },
        overrideAccess: true,
      })
    }
    const { docs: editors } = await payload.find({ collection: 'users', where: { email: { equals: 'editor@hub.example' } }, overrideAccess: true })
    const user = { ...editors[0], collection: 'users' as const }
    const issue = await payload.create({ collection: 'newsletter-issues', data: { title: 'Crash digest', introduction: 'News from the network.' }, user, overrideAccess: false })
    await payload.update({ collection: 'newsletter-issues', id: issue.id, data: { send: true }, user, overrideAccess: false })

    // Each kill comes a few milliseconds after a digest left: the moment a delivery is sent but not yet marked.
    const killsBefore = kills
    const unmarkedBefore = sentButUnmarked
    for (let k = 0; k < 10; k++) {
      const before = emlCount()
      await waitFor('the next digest to leave', () => emlCount() > before, 60_000, 2)
      await sleep(Math.random() * 8)
      await killAndRestart()
    }
    await waitFor(
      'the issue to be sent',
      async () => (await payload.findByID({ collection: 'newsletter-issues', id: issue.id, depth: 0, overrideAccess: true })).status === 'sent',
      120_000,
    )

    const digests = (await readMailbox(server.mailDir)).filter((m: ParsedMail) => m.subject?.startsWith('Crash digest'))
    const perReader = tally(digests.flatMap(recipients))
    const { docs: deliveries } = await payload.find({
      collection: 'newsletter-deliveries',
      where: { issue: { equals: issue.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const counts = {
      kills: kills - killsBefore,
      sentButUnmarked: sentButUnmarked - unmarkedBefore,
      subscribers: SUBSCRIBERS,
      mails: digests.length,
      readers: perReader.size,
      duplicates: [...perReader.values()].filter((n) => n > 1).length,
    }
    console.log('newsletter send', JSON.stringify(counts))
    expect(counts.kills).toBe(10)
    expect(perReader.size).toBe(SUBSCRIBERS)
    expect(counts.duplicates).toBe(0)
    expect(digests).toHaveLength(SUBSCRIBERS)
    expect(deliveries).toHaveLength(SUBSCRIBERS)
    expect(deliveries.every((d) => d.status === 'sent')).toBe(true)
    expect(new Set(digests.map((m) => m.messageId)).size).toBe(SUBSCRIBERS)
  }, 240_000)
})
