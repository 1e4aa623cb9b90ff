import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { kickMailQueue } from '../../src/services/mail/mail-queue'
import { resumeNewsletterSending } from '../../src/services/newsletter/send-issue'
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
    await payload.create({
      collection: 'subscribers',
      data: { email: `reader${i}@example.org`, locale: i % 3 === 0 ? 'ar' : 'en', status: 'confirmed', token: randomBytes(24).toString('base64url') },
      overrideAccess: true,
    })
  }
  await payload.create({
    collection: 'subscribers',
    data: { email: 'pending@example.org', locale: 'en', status: 'pending', token: randomBytes(24).toString('base64url') },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'subscribers',
    data: { email: 'gone@example.org', locale: 'en', status: 'unsubscribed', token: randomBytes(24).toString('base64url') },
    overrideAccess: true,
  })
})

async function newIssue(title: string) {
  const issue = await env.site.payload.create({
    collection: 'newsletter-issues',
    data: { title, introduction: 'News from the network.' },
    user: await editor(),
    overrideAccess: false,
  })
  await env.site.payload.update({ collection: 'newsletter-issues', id: issue.id, locale: 'ar', data: { title: `${title} (ar)` }, overrideAccess: true })
  return issue
}

/** Starts a second process that stores the issue's next batch, and resolves once it has. */
async function storeOneBatchInAnotherProcess(issueId: number): Promise<ChildProcess> {
  // Run outside npm, the lexical fix from .npmrc must be passed by hand.
  const child = spawn('node', ['--conditions=production', '--import', 'tsx', 'tests/helpers/newsletter-crash-child.ts'], {
    env: { ...process.env, ISSUE_ID: String(issueId) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  await new Promise<void>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`the child stored nothing in 60 s:\n${out}`)), 60_000)
    const collect = (chunk: Buffer) => {
      out += chunk
      if (!out.includes('STORED')) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      resolve()
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.once('exit', (code) => reject(new Error(`the child exited early with ${code}:\n${out}`)))
  }).catch((error) => {
    process.kill(-child.pid!, 'SIGKILL')
    throw error
  })
  return child
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
    expect(tests.flatMap((m) => recipients(m))).toEqual(['editor@hub.example'])

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

  it('survives a crash between storing a batch and sending it: no duplicates, no omissions', async () => {
    const issue = await newIssue('November digest')
    await env.site.payload.update({ collection: 'newsletter-issues', id: issue.id, data: { status: 'sending' }, overrideAccess: true })
    const child = await storeOneBatchInAnotherProcess(issue.id)
    process.kill(-child.pid!, 'SIGKILL')
    const stored = await env.site.payload.count({ collection: 'newsletter-deliveries', where: { issue: { equals: issue.id } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(50)
    expect(await mailsWithSubject('November digest')).toHaveLength(0)

    // The restart: the server resumes every issue left "sending".
    await resumeNewsletterSending(env.site.payload)
    const to = (await mailsWithSubject('November digest')).flatMap(recipients)
    expect(to).toHaveLength(SUBSCRIBERS)
    expect(new Set(to).size).toBe(SUBSCRIBERS)
    const deliveries = await env.site.payload.find({ collection: 'newsletter-deliveries', where: { issue: { equals: issue.id } }, pagination: false, overrideAccess: true })
    expect(deliveries.docs.every((d) => d.status === 'sent')).toBe(true)
  }, 120_000)

  it('keeps issues and deliveries to staff', async () => {
    await expect(env.site.payload.find({ collection: 'newsletter-issues', overrideAccess: false })).rejects.toThrow()
    await expect(env.site.payload.find({ collection: 'newsletter-deliveries', overrideAccess: false })).rejects.toThrow()
  })
})
