import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { resumeNewsletterSending, storeNextBatch } from '../../src/services/newsletter/send-issue'
import { readMailbox, recipients } from '../helpers/mailbox'
import { useTestSiteWithMailbox } from '../helpers/site'

const env = useTestSiteWithMailbox()
const SUBSCRIBERS = 120

async function editor() {
  const { docs } = await env.site.payload.find({ collection: 'users', where: { email: { equals: 'editor@hub.example' } }, overrideAccess: true })
  return { ...docs[0], collection: 'users' as const }
}

beforeAll(async () => {
  const { payload } = env.site
  for (let i = 0; i < SUBSCRIBERS; i++) {
    await payload.create({ collection: 'subscribers', data: { email: `reader${i}@example.org`, locale: i % 3 === 0 ? 'ar' : 'en', status: 'confirmed', token: randomBytes(24).toString('base64url') }, overrideAccess: true })
  }
  await payload.create({ collection: 'subscribers', data: { email: 'pending@example.org', locale: 'en', status: 'pending', token: randomBytes(24).toString('base64url') }, overrideAccess: true })
  await payload.create({ collection: 'subscribers', data: { email: 'gone@example.org', locale: 'en', status: 'unsubscribed', token: randomBytes(24).toString('base64url') }, overrideAccess: true })
})

async function newIssue(title: string) {
  const issue = await env.site.payload.create({ collection: 'newsletter-issues', data: { title, introduction: 'News from the network.' }, user: await editor(), overrideAccess: false })
  await env.site.payload.update({ collection: 'newsletter-issues', id: issue.id, locale: 'ar', data: { title: `${title} (ar)` }, overrideAccess: true })
  return issue
}

const mailsWithSubject = async (subject: string) => (await readMailbox(env.mailbox)).filter((m) => m.subject?.startsWith(subject))

describe('monthly digest', () => {
  it('starts with what was published since the last issue', async () => {
    const issue = await newIssue('Draft digest')
    expect(issue.resources?.length).toBeGreaterThan(5)
    expect(issue.status).toBe('draft')
  })

  it('sends a test to the editor only, then the issue once to every confirmed subscriber', async () => {
    const issue = await newIssue('October digest')
    await env.site.payload.update({ collection: 'newsletter-issues', id: issue.id, data: { sendTest: true }, user: await editor(), overrideAccess: false })
    await kickMailQueue(env.site.payload)
    const tests = await mailsWithSubject('[TEST] October digest')
    expect(tests.map((m) => recipients(m)).flat()).toEqual(['editor@hub.example'])

    await env.site.payload.update({ collection: 'newsletter-issues', id: issue.id, data: { send: true }, user: await editor(), overrideAccess: false })
    await kickMailQueue(env.site.payload)
    const sent = await mailsWithSubject('October digest')
    const to = sent.filter((m) => !m.subject!.startsWith('[TEST]')).flatMap(recipients)
    expect(to).toHaveLength(SUBSCRIBERS)
    expect(new Set(to).size).toBe(SUBSCRIBERS)
    expect(to).not.toContain('pending@example.org')
    expect(to).not.toContain('gone@example.org')
    const arabic = sent.find((m) => recipients(m).includes('reader0@example.org'))!
    expect(arabic.subject).toBe('October digest (ar)')
    expect(arabic.headerLines.some((h) => h.key === 'list-unsubscribe-post')).toBe(true)
    const done = await env.site.payload.findByID({ collection: 'newsletter-issues', id: issue.id, overrideAccess: true })
    expect(done).toMatchObject({ status: 'sent', recipients: SUBSCRIBERS })
  })

  it('resumes after a crash between storing a batch and sending it: no duplicates, no omissions', async () => {
    const issue = await newIssue('November digest')
    await env.site.payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'sending' }, overrideAccess: true })
    // The sender records the first batch, then the process dies before sending any of it.
    expect(await storeNextBatch(env.site.payload, issue.id)).toBe(50)
    expect(await mailsWithSubject('November digest')).toHaveLength(0)

    // What the server does on start: resume every issue left "sending".
    await resumeNewsletterSending(env.site.payload)
    const to = (await mailsWithSubject('November digest')).flatMap(recipients)
    expect(to).toHaveLength(SUBSCRIBERS)
    expect(new Set(to).size).toBe(SUBSCRIBERS)
    const deliveries = await env.site.payload.find({ collection: 'newsletter-deliveries', where: { issue: { equals: issue.id } }, pagination: false, overrideAccess: true })
    expect(deliveries.docs.every((d) => d.status === 'sent')).toBe(true)
  })

  it('keeps issues and deliveries to staff', async () => {
    await expect(env.site.payload.find({ collection: 'newsletter-issues', overrideAccess: false })).rejects.toThrow()
    await expect(env.site.payload.find({ collection: 'newsletter-deliveries', overrideAccess: false })).rejects.toThrow()
  })
})
