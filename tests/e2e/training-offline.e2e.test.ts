import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import type { LearnerAnswer, TrainingModule } from '../../src/cms/payload-types'
import { answerFieldName } from '../../src/content/training/answers'
import { axeViolations } from '../helpers/axe'
import { useBrowser } from '../helpers/e2e'

/**
 * Issue 12, offline use: a member saves a module on their phone, the network
 * goes, they answer two lessons, the network comes back, and the hub
 * records each answer once, however often the phone sends it.
 */
const baseURL = inject('baseURL')
const browser = useBrowser()
const password = 'tide tables by the ferry 73'
const slug = 'e2e-reading-the-neighbourhood-offline'

let admin: string
let memberId: number
let lessons: TrainingModule['lessons']

async function rest<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `JWT ${admin}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

async function login(email: string, secret: string): Promise<string> {
  const res = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: secret }) })
  if (!res.ok) throw new Error(`Sign-in of ${email} → ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

const answersOfMember = async () => (await rest<{ docs: LearnerAnswer[] }>('GET', `/api/learner-answers?where[member][equals]=${memberId}&depth=0&limit=100`)).docs

beforeAll(async () => {
  admin = await login('admin@hub.example', 'demo-admin-password')
  const created = await rest<{ doc: { id: number } }>('POST', '/api/users', {
    email: 'e2e-offline@cities.example',
    password,
    name: 'Samira Haddad',
    roles: ['member'],
    _verified: true,
  })
  memberId = created.doc.id
  // A members-only module of our own, with a photo from the demo, so that saving it must fetch an image.
  const media = await rest<{ docs: { id: number }[] }>('GET', '/api/media?limit=1&depth=0&where[mimeType][contains]=image')
  const yes = { text: 'Ask who already meets there', correct: true, feedback: 'Start from what exists.' }
  const no = { text: 'Open a new office', correct: false, feedback: 'Not first.' }
  const module = await rest<{ doc: TrainingModule }>('POST', '/api/training-modules?locale=en', {
    title: 'Reading the neighbourhood, offline',
    slug,
    summary: 'A short module to take on the bus.',
    level: 'introductory',
    minutes: 10,
    audience: 'members',
    lessons: [
      {
        title: 'Who is already there',
        content: [
          { blockType: 'image', image: media.docs[0].id, caption: 'A market street on a Saturday.' },
          { blockType: 'single', prompt: 'What comes first in a new neighbourhood?', options: [yes, no] },
        ],
      },
      { title: 'Listening first', content: [{ blockType: 'single', prompt: 'What comes before any plan?', options: [yes, no] }] },
      { title: 'What to do next', content: [{ blockType: 'single', prompt: 'Who writes the plan?', options: [yes, no] }] },
    ],
    _status: 'published',
  })
  lessons = module.doc.lessons
}, 60_000)

async function messages(): Promise<Record<string, string & Record<string, string>>> {
  const { default: all } = await import('../../src/content/i18n/messages/en.json', { with: { type: 'json' } })
  return all as never
}

async function signedIn(): Promise<BrowserContext> {
  // A phone, scripts on, service workers allowed (Playwright's default).
  const context = await browser().newContext({ baseURL, viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' })
  await context.addCookies([{ name: 'payload-token', value: await login('e2e-offline@cities.example', password), url: baseURL, httpOnly: true, sameSite: 'Lax' }])
  return context
}

/** What the service worker kept to send: the form's address and fields, oldest first. */
const queue = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('hub-offline-queue')
    return Promise.all(
      (await cache.keys()).map(async (key) => ({
        key: key.url,
        action: (await cache.match(key))?.headers.get('x-action') ?? '',
        body: (await (await cache.match(key))?.text()) ?? '',
      })),
    )
  })

const status = (page: Page) => page.locator('[data-offline-status]')

const axeClean = async (page: Page, what: string) => {
  const { checked, found } = await axeViolations(page)
  expect(checked, what).toBeGreaterThan(0)
  expect(found, what).toEqual([])
}

describe('a module saved for offline use', () => {
  it('is saved with its size shown first, answered without a network, and recorded once when the network returns', async () => {
    const t = await messages()
    const context = await signedIn()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const module = `/en/modules/${slug}`

    // Saving: the button appears with the size, and saves the pages and the photo.
    await page.goto(module)
    const save = page.getByRole('button', { name: t['training.offline.save'] })
    await save.waitFor()
    const size = await page.locator('[data-offline-size]').textContent()
    expect(size).toMatch(/^Size: about \d+(\.\d)? (kB|MB)\.$/)
    const manifest = (await page.evaluate(async (url) => (await fetch(url)).json(), `${module}/offline.json`)) as { bytes: number; files: { url: string; bytes: number }[] }
    const urls = manifest.files.map((f) => f.url)
    expect(urls).toEqual(expect.arrayContaining([module, `${module}/lessons/1`, `${module}/lessons/2`, `${module}/lessons/3`]))
    const images = urls.filter((u) => u.startsWith('/api/media/file/'))
    expect(images.length).toBeGreaterThan(0)
    expect(manifest.files.every((f) => f.bytes > 0)).toBe(true)
    expect(urls.some((u) => /^\/(admin|api\/(?!media\/file\/))/.test(u))).toBe(false)
    await save.click()
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe(t['training.offline.saved'])
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await axeClean(page, 'module page, saved')
    const saved = await page.evaluate(async () => (await (await caches.open('hub-offline')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search))
    expect(saved.sort()).toEqual([...urls].sort())

    // The network goes. The lessons, their photo and their forms still work.
    await context.setOffline(true)
    await page.goto(`${module}/lessons/1`)
    expect(await page.locator('h1').textContent()).toBe('Who is already there')
    expect(await page.locator('.lesson-block picture img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const [single, first] = [lessons[0].content[1], lessons[1].content[0]]
    if (single.blockType !== 'single' || first.blockType !== 'single') throw new Error('the module was not saved as sent')
    await page.check(`input[name="${answerFieldName(single.id ?? '')}"][value="${single.options[0].id}"]`)
    await page.locator(`#q-${single.id} button[type="submit"]`).click()
    await page.waitForURL(`**/lessons/1#q-${single.id}`)
    await expect.poll(() => status(page).textContent()).toBe(t['training.offline.answers'].one.replace('{count}', '1'))
    // The answer is shown where it was given, kept, and still chosen.
    expect(await page.locator(`#q-${single.id} .offline-kept`).textContent()).toBe(t['training.offline.kept'])
    expect(await page.isChecked(`input[name="${answerFieldName(single.id ?? '')}"][value="${single.options[0].id}"]`)).toBe(true)
    await axeClean(page, 'lesson offline, an answer kept')

    // Finishing the lesson offline leads on to the next saved lesson, and waits too.
    await page.locator('form[action$="/lessons/1/finish"] button[type="submit"]').click()
    await page.waitForURL(`**${module}/lessons/2`)
    await page.check(`input[name="${answerFieldName(first.id ?? '')}"][value="${first.options[0].id}"]`)
    await page.locator(`#q-${first.id} button[type="submit"]`).click()
    await page.waitForURL(`**/lessons/2#q-${first.id}`)
    await expect
      .poll(() => status(page).textContent())
      .toBe(`${t['training.offline.answers'].other.replace('{count}', '2')} ${t['training.offline.lessons'].one.replace('{count}', '1')}`)
    const kept = await queue(page)
    expect(kept.map((k) => k.action)).toEqual([`${module}/lessons/1/answer`, `${module}/lessons/1/finish`, `${module}/lessons/2/answer`])
    // Each answer has a key of its own, though both pages were drawn with one key each for all their questions.
    const keys = kept.map((k) => new URLSearchParams(k.body).get('key')).filter(Boolean)
    expect(new Set(keys).size).toBe(2)
    expect(await answersOfMember()).toEqual([])

    // The network returns: the phone sends what it kept, once.
    await context.setOffline(false)
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe(t['training.offline.sent'])
    expect(await queue(page)).toEqual([])
    const recorded = await answersOfMember()
    expect(recorded.map((a) => a.question).sort()).toEqual([single.id, first.id].sort())
    const enrolment = await rest<{ docs: { lessonsDone: { lesson: string }[] }[] }>('GET', `/api/enrolments?where[member][equals]=${memberId}&depth=0`)
    expect(enrolment.docs[0].lessonsDone.map((d) => d.lesson)).toEqual([lessons[0].id])

    // A second sending of the very same posts (a flaky link that lost the hub's replies) records nothing more.
    await page.evaluate(async (entries) => {
      const cache = await caches.open('hub-offline-queue')
      for (const e of entries) await cache.put(e.key, new Response(e.body, { headers: { 'x-action': e.action } }))
    }, kept)
    await page.reload()
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe(t['training.offline.sent'])
    expect(await queue(page)).toEqual([])
    expect((await answersOfMember()).length).toBe(2)

    // Back online, the lesson comes from the hub again, marked.
    await page.goto(`${module}/lessons/1`)
    expect(await page.locator(`#q-${single.id} [role="status"]`).first().textContent()).toContain(t['training.marked.correct'])

    // Signing out takes the saved copies, the queue and the worker off the device.
    await page.getByRole('button', { name: t['account.signOut'] }).click()
    await page.waitForURL('**/en')
    expect(errors).toEqual([])
    expect(await page.evaluate(async () => ({ caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }))).toEqual({
      caches: [],
      workers: 0,
    })
    await context.close()
  }, 180_000)

  it('offers nothing without JavaScript, where the module works as before', async () => {
    const t = await messages()
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false })
    await context.addCookies([{ name: 'payload-token', value: await login('e2e-offline@cities.example', password), url: baseURL, httpOnly: true, sameSite: 'Lax' }])
    const page = await context.newPage()
    await page.goto(`/en/modules/${slug}`)
    expect(await page.getByRole('button', { name: t['training.offline.save'] }).isVisible()).toBe(false)
    expect(await page.getByRole('heading', { name: t['training.offline.heading'] }).count()).toBe(0)
    await page.goto(`/en/modules/${slug}/lessons/3`)
    const q = lessons[2].content[0]
    if (q.blockType !== 'single') throw new Error('the module was not saved as sent')
    await page.check(`input[name="${answerFieldName(q.id ?? '')}"][value="${q.options[0].id}"]`)
    await page.locator(`#q-${q.id} button[type="submit"]`).click()
    await page.waitForURL(`**/lessons/3#q-${q.id}`)
    expect(await page.locator(`#q-${q.id} [role="status"]`).first().textContent()).toContain(t['training.marked.correct'])
    await context.close()
  })
})
