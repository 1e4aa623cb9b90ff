import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import type { TrainingModule } from '../../src/cms/payload-types'
import { answerFieldName } from '../../src/content/training/answers'
import { axeViolations } from '../helpers/axe'
import { useBrowser } from '../helpers/e2e'
import { readPdf } from '../helpers/read-pdf'

/**
 * Issue 12: a practitioner takes a whole demo module on a phone-like browser
 * with JavaScript off, in English and in Arabic: lessons, checks with their
 * feedback, the final quiz, the certificate page and its PDF.
 */
const baseURL = inject('baseURL')
const browser = useBrowser()
const password = 'reeds along the canal 41'

async function login(email: string, secret: string): Promise<string> {
  const res = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: secret }) })
  if (!res.ok) throw new Error(`Sign-in of ${email} → ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

let admin: string
beforeAll(async () => {
  admin = await login('admin@hub.example', 'demo-admin-password')
})

async function learner(name: string, email: string): Promise<{ email: string; name: string }> {
  const res = await fetch(`${baseURL}/api/users`, {
    method: 'POST',
    headers: { authorization: `JWT ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, name, roles: ['member'], _verified: true }),
  })
  if (!res.ok) throw new Error(`Creating ${name} → ${res.status}`)
  return { email, name }
}

/** The module as staff read it: the right answers, to answer as a learner who studied. */
async function moduleData(slug: string): Promise<TrainingModule> {
  const res = await fetch(`${baseURL}/api/training-modules?where[slug][equals]=${slug}&depth=0&locale=en`, { headers: { authorization: `JWT ${admin}` } })
  return ((await res.json()) as { docs: TrainingModule[] }).docs[0]
}

type Question = Extract<TrainingModule['lessons'][number]['content'][number], { prompt?: unknown }>

/** Fills a question's controls with its right answer, as a learner would with the keyboard and mouse. */
async function answerRightly(page: Page, q: Question) {
  const id = q.id ?? ''
  if (q.blockType === 'single') await page.check(`input[name="${answerFieldName(id)}"][value="${q.options.find((o) => o.correct)?.id}"]`)
  if (q.blockType === 'multiple') for (const o of q.options.filter((o) => o.correct)) await page.check(`input[name="${answerFieldName(id)}"][value="${o.id}"]`)
  if (q.blockType === 'trueFalse') await page.check(`input[name="${answerFieldName(id)}"][value="${q.isTrue ? 'true' : 'false'}"]`)
  if (q.blockType === 'matching') for (const p of q.pairs) await page.selectOption(`select[name="${answerFieldName(id, p.id ?? '')}"]`, p.id ?? '')
  if (q.blockType === 'ordering') for (const [i, item] of q.items.entries()) await page.selectOption(`select[name="${answerFieldName(id, item.id ?? '')}"]`, String(i + 1))
  if (q.blockType === 'reflection') await page.fill(`textarea[name="${answerFieldName(id)}"]`, 'I would start with the schools and the youth workers we already know.')
}

const isQuestion = (block: TrainingModule['lessons'][number]['content'][number]): block is Question =>
  ['single', 'multiple', 'trueFalse', 'matching', 'ordering', 'reflection'].includes(block.blockType)

async function signedIn(email: string): Promise<BrowserContext> {
  // A phone on a slow link with scripts off: everything must work as plain HTML forms.
  const context = await browser().newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 390, height: 844 }, acceptDownloads: true })
  await context.addCookies([{ name: 'payload-token', value: await login(email, password), url: baseURL, httpOnly: true, sameSite: 'Lax' }])
  return context
}

/**
 * axe needs script, which the learner's browser has off (its run never
 * settles there), so each page is audited as it stands, with the learner's
 * cookies, in a second browser that has it on.
 */
async function axeClean(learnerContext: BrowserContext, url: string, what: string) {
  const audit = await browser().newContext({ baseURL, viewport: { width: 390, height: 844 } })
  await audit.addCookies(await learnerContext.cookies())
  const page = await audit.newPage()
  await page.goto(url)
  const { checked, found } = await axeViolations(page)
  await audit.close()
  expect(checked, what).toBeGreaterThan(0)
  expect(found, what).toEqual([])
}

async function takeModule(locale: 'en' | 'ar', slug: string, who: { email: string; name: string }) {
  const data = await moduleData(slug)
  const context = await signedIn(who.email)
  const page = await context.newPage()
  // A step that cannot happen fails here, naming itself, rather than at the test's timeout.
  page.setDefaultTimeout(20_000)
  // Wording comes from the site's own messages in that language.
  const t = await messages(locale)
  await page.goto(`/${locale}/modules`)
  await axeClean(context, page.url(), `${locale} catalogue`)
  await page.goto(`/${locale}/modules/${slug}`)
  await axeClean(context, page.url(), `${locale} module`)
  await page.getByRole('link', { name: t['training.module.start'] }).click()
  for (const [index, lesson] of data.lessons.entries()) {
    await page.waitForURL(`**/${locale}/modules/${slug}/lessons/${index + 1}*`)
    for (const q of lesson.content.filter(isQuestion)) {
      await answerRightly(page, q)
      const form = page.locator('form', { has: page.locator(`input[name="question"][value="${q.id}"]`) })
      await form.locator('button[type="submit"]').click()
      await page.waitForURL(`**/lessons/${index + 1}#q-*`)
      const verdict = page.locator(`#q-${q.id} [role="status"]`).first()
      expect(await verdict.textContent()).toContain(q.blockType === 'reflection' ? t['training.marked.reflectionSaved'].split(':')[0] : t['training.marked.correct'])
    }
    if (index === 0) await axeClean(context, page.url(), `${locale} lesson with feedback`)
    await page.locator(`form[action$="/lessons/${index + 1}/finish"] button[type="submit"]`).click()
  }
  await page.waitForURL(`**/${locale}/modules/${slug}/quiz`)
  await axeClean(context, page.url(), `${locale} quiz`)
  await page.locator('form[action$="/quiz/start"] button[type="submit"]').click()
  await page.waitForURL(`**/${locale}/modules/${slug}/quiz`)
  const pool = (data.quiz?.questions ?? []) as Question[]
  const names = await page.locator('form[action*="/quiz/attempts/"] [name^="a."]').evaluateAll((fields) => fields.map((f) => f.getAttribute('name') ?? ''))
  const drawn = [...new Set(names.map((name) => name.split('.')[1]))]
  expect(drawn.length).toBe(Math.min(data.quiz?.drawn ?? pool.length, pool.length))
  for (const id of drawn) await answerRightly(page, pool.find((q) => q.id === id)!)
  await page.locator('form[action*="/quiz/attempts/"] button[type="submit"]').click()
  await page.waitForURL(`**/${locale}/modules/${slug}/quiz/attempts/1`)
  expect(await page.locator('[role="status"]').first().textContent()).toContain(t['training.result.youPassed'])
  await axeClean(context, page.url(), `${locale} result`)
  await page.locator('a[href*="/certificates/"]').first().click()
  await page.waitForURL(`**/${locale}/certificates/*`)
  expect(await page.locator('h1, [role="status"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(t['training.certificate.valid'])]))
  expect(await page.textContent('body')).toContain(who.name)
  await axeClean(context, page.url(), `${locale} certificate`)
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$=".pdf"]').click()])
  const pdf = readPdf(Buffer.from(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks))))
  expect(pdf.lang).toBe(locale)
  expect(pdf.spans).toContain(who.name)
  await context.close()
}

async function messages(locale: string): Promise<Record<string, string>> {
  const { default: all } = await import(`../../src/content/i18n/messages/${locale}.json`, { with: { type: 'json' } })
  return all as Record<string, string>
}

describe('taking a module with JavaScript off', () => {
  it('takes a whole module in English: lessons, checks, quiz, certificate and PDF', async () => {
    await takeModule('en', 'prevention-at-city-level-first-steps', await learner('Nadia Benali', 'e2e-learner-en@cities.example'))
  }, 180_000)

  it('takes a whole module in Arabic, right to left', async () => {
    await takeModule('ar', 'responding-after-a-hate-incident-first-72-hours', await learner('ليلى حداد', 'e2e-learner-ar@cities.example'))
  }, 180_000)
})
