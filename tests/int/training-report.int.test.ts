import { parse as parseCsv } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerFieldName } from '../../src/content/training/answers'
import { openForm } from '../helpers/forms'
import { useTestSiteWithMailbox } from '../helpers/site'
import { paragraph } from '../helpers/rich-text'

/**
 * Issue 12, for staff: a module's report, as a page and as CSV. Three
 * learners take a module through the site's own forms (one completes it and
 * passes the quiz, one stops after lesson 1, a visitor without an account
 * answers a check), a question is then removed, and the report counts them,
 * averages each question and still lists the removed one. Only staff read it.
 */
const env = useTestSiteWithMailbox()
const payload = (): Payload => env.site.payload
const browser = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })
const password = 'a long walk along the river 9'

let people = 0
type Member = { id: number; session: string }

async function member(): Promise<Member> {
  const n = ++people
  const email = `reported${n}@cities.example`
  const user = await payload().create({ collection: 'users', data: { email, password, name: `Reported ${n}`, roles: ['member'], _verified: true }, overrideAccess: true })
  const { token } = await payload().login({ collection: 'users', data: { email, password } })
  return { id: user.id, session: `payload-token=${token}` }
}

async function session(email: string, pass: string) {
  const { token } = await payload().login({ collection: 'users', data: { email, password: pass } })
  return `payload-token=${token}`
}

async function createModule() {
  return payload().create({
    collection: 'training-modules',
    locale: 'en',
    data: {
      title: 'Report test module',
      slug: 'report-test-module',
      summary: 'A module whose report the tests read.',
      level: 'introductory',
      minutes: 20,
      audience: 'public',
      lessons: [
        {
          title: 'Who convenes',
          content: [
            {
              blockType: 'single',
              prompt: 'Who convenes the local prevention network?',
              options: [
                { text: 'The mayor’s office', correct: true },
                { text: 'A national ministry', correct: false },
              ],
            },
            { blockType: 'reflection', prompt: 'What would you try first?' },
          ],
        },
        {
          title: 'Sharing information',
          content: [
            { blockType: 'richText', body: paragraph('Partners share what the law allows.') },
            { blockType: 'trueFalse', prompt: 'Question soon removed: schools never refer.', isTrue: false },
          ],
        },
      ],
      quiz: {
        passMark: 50,
        maxAttempts: 2,
        questions: [
          { blockType: 'trueFalse', prompt: 'Quiz: a case table shares information lawfully.', isTrue: true },
          { blockType: 'trueFalse', prompt: 'Quiz: anyone may join a case table.', isTrue: false },
        ],
      },
      _status: 'published',
    },
    overrideAccess: true,
  })
}

type ModuleDoc = Awaited<ReturnType<typeof createModule>>
let m: ModuleDoc
let address = 0

const lessonPage = (n: number) => `/en/modules/${m.slug}/lessons/${n}`
const keyIn = (html: string) => html.match(/name="key" value="([A-Za-z0-9_-]+)"/)?.[1] ?? ''
const block = (lesson: number, kind: string) => m.lessons[lesson - 1].content.find((b) => b.blockType === kind) as unknown as { id: string; options?: { id: string }[] }

/** Opens the form's page as this browser, then posts the form with these fields (and, answering a check, the page's answer key). */
async function post(path: string, formPath: string, session: string, fields: Record<string, string>, withKey = false) {
  const form = await openForm(env.site, formPath, session ? browser(session) : {})
  const body = new URLSearchParams({ ...form.guard, ...(withKey ? { key: keyIn(form.html) } : {}), ...fields })
  const res = await env.site.app.inject({
    method: 'POST',
    url: path,
    remoteAddress: `10.14.0.${++address}`,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...browser([form.cookie, session].filter(Boolean).join('; ')) },
  })
  expect(res.statusCode, `${path} ${res.body.slice(0, 300)}`).toBe(303)
  return res
}

const answer = (lesson: number, question: { id: string }, value: string, session = '') =>
  post(`${lessonPage(lesson)}/answer`, lessonPage(lesson), session, { question: question.id, [answerFieldName(question.id)]: value }, true)
const finish = (lesson: number, session: string) => post(`${lessonPage(lesson)}/finish`, lessonPage(lesson), session, {})

async function passQuiz(who: Member) {
  const quiz = `/en/modules/${m.slug}/quiz`
  await post(`${quiz}/start`, quiz, who.session, {})
  const [attempt] = (await payload().find({ collection: 'quiz-attempts', where: { member: { equals: who.id } }, overrideAccess: true })).docs
  const fields: Record<string, string> = {}
  for (const id of attempt.questions as string[]) {
    const q = m.quiz?.questions?.find((p) => p.id === id)
    if (q?.blockType === 'trueFalse') fields[answerFieldName(id)] = q.isTrue ? 'true' : 'false'
  }
  await post(`${quiz}/attempts/${attempt.number}`, quiz, who.session, fields)
}

const get = (url: string, cookie = '') => env.site.app.inject({ method: 'GET', url, headers: cookie ? browser(cookie) : {} })

let editor: string

beforeAll(async () => {
  m = await createModule()
  editor = await session('editor@hub.example', 'demo-editor-password')
  const single = block(1, 'single')
  const [right, wrong] = (single.options ?? []).map((o) => o.id)
  const reflection = block(1, 'reflection')
  const removed = block(2, 'trueFalse')

  // One member answers, finishes both lessons and passes the quiz.
  const passing = await member()
  await answer(1, single, right, passing.session)
  await answer(1, reflection, 'Talk to the schools first.', passing.session)
  await answer(2, removed, 'true', passing.session)
  await finish(1, passing.session)
  await finish(2, passing.session)
  await passQuiz(passing)
  // Another gets the check wrong, then right, and stops after lesson 1.
  const stopping = await member()
  await answer(1, single, wrong, stopping.session)
  await answer(1, single, right, stopping.session)
  await finish(1, stopping.session)
  // A visitor without an account answers one check.
  await answer(1, single, right)

  // An editor then removes lesson 2's question; its answers stay.
  await payload().update({
    collection: 'training-modules',
    id: m.id,
    locale: 'en',
    data: { lessons: m.lessons.map((lesson, i) => (i === 1 ? { ...lesson, content: lesson.content.filter((b) => b.blockType !== 'trueFalse') } : lesson)), _status: 'published' },
    overrideAccess: true,
  })
})

const cellsOf = (html: string, rowHeader: string) => {
  const row =
    html
      .split('<tr>')
      .slice(1)
      .find((r) => r.includes(rowHeader)) ?? ''
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1].replace(/<[^>]+>/g, ''))
}

describe('a module’s report', () => {
  it('counts learners, lessons, stops and answers on a page for staff', async () => {
    const res = await get(`/en/modules/${m.slug}/report`, editor)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('private, no-store')
    const html = res.body
    expect(html).toContain('<caption id="report-learners-table-caption">')
    expect(html).toContain('scope="col"')
    expect(html).toContain(`href="/en/modules/${m.slug}/report.csv"`)
    expect(cellsOf(html, 'Started the module')[0]).toBe('3')
    expect(cellsOf(html, 'members with an account')[0]).toBe('2')
    expect(cellsOf(html, 'visitors without an account')[0]).toBe('1')
    expect(cellsOf(html, 'Completed the module')).toEqual(['1', '33%'])
    expect(cellsOf(html, 'Passed the final quiz')[0]).toBe('1')
    // Lesson 1: everyone got to it, two finished it; lesson 2: two got to it, one finished it.
    const lessons = html.slice(html.indexOf('id="report-lessons-table"'), html.indexOf('id="report-stops-table"'))
    expect(cellsOf(lessons, 'Who convenes')).toEqual(['3', '2'])
    expect(cellsOf(lessons, 'Sharing information')).toEqual(['2', '1'])
    // Of the two who did not complete, the visitor finished no lesson and the member stopped after lesson 1.
    const stops = html.slice(html.indexOf('id="report-stops-table"'), html.indexOf('id="report-questions"'))
    expect(cellsOf(stops, 'No lesson finished')).toEqual(['1', '50%'])
    expect(cellsOf(stops, 'Who convenes')).toEqual(['1', '50%'])
    expect(cellsOf(stops, 'Sharing information')).toEqual(['0', '0%'])
    // Four answers from three learners, three of them right; two of the three were right first time.
    expect(cellsOf(html, 'Who convenes the local prevention network?')).toEqual(['1', 'Single choice', '3', '4', '75%', '67%'])
    expect(cellsOf(html, 'What would you try first?')).toEqual(['1', 'Reflection', '1', '1', '—Not applicable', '—Not applicable'])
    expect(cellsOf(html, 'Question soon removed')).toEqual(['2', 'True or false', '1', '1', '0%', '0%'])
    expect(html).toMatch(/Question soon removed: schools never refer\.<\/span><strong class="badge">Removed<\/strong>/)
    expect(cellsOf(html, 'Quiz: a case table shares information lawfully.')).toEqual(['True or false', '1', '1', '100%', '100%'])

    const arabic = await get(`/ar/modules/${m.slug}/report`, editor)
    expect(arabic.statusCode).toBe(200)
    expect(arabic.body).toContain('<html lang="ar" dir="rtl"')
    expect(arabic.body).toContain('lang="en" dir="ltr">Who convenes the local prevention network?')
  })

  it('downloads as one CSV table with translated headers', async () => {
    const read = async (locale: string) => {
      const res = await get(`/${locale}/modules/${m.slug}/report.csv`, editor)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(res.headers['cache-control']).toBe('private, no-store')
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${m.slug}-report.csv"`)
      return parseCsv(res.body, { bom: true }) as string[][]
    }
    const en = await read('en')
    expect(en[0]).toEqual([
      'Section',
      'Lesson',
      'Figure, lesson or question',
      'Kind of question',
      'Removed',
      'Learners',
      'Reached the lesson',
      'Finished the lesson',
      'Stopped after the lesson',
      'Answers',
      'Average score (%)',
      'Right first time (%)',
    ])
    const row = (rows: string[][], item: string) => rows.find((r) => r[2] === item)
    expect(row(en, 'Started the module')).toEqual(['Summary', '', 'Started the module', '', '', '3', '', '', '', '', '', ''])
    expect(row(en, 'Passed the final quiz')?.[5]).toBe('1')
    expect(row(en, 'No lesson finished')).toEqual(['Lesson', '', 'No lesson finished', '', '', '', '', '', '1', '', '', ''])
    expect(row(en, 'Who convenes')).toEqual(['Lesson', '1', 'Who convenes', '', '', '', '3', '2', '1', '', '', ''])
    expect(row(en, 'Who convenes the local prevention network?')).toEqual([
      'Knowledge check',
      '1',
      'Who convenes the local prevention network?',
      'Single choice',
      '',
      '3',
      '',
      '',
      '',
      '4',
      '75',
      '67',
    ])
    expect(row(en, 'Question soon removed: schools never refer.')?.slice(0, 5)).toEqual([
      'Knowledge check',
      '2',
      'Question soon removed: schools never refer.',
      'True or false',
      'Removed',
    ])
    expect(row(en, 'Quiz: anyone may join a case table.')?.slice(0, 2)).toEqual(['Final quiz', ''])
    // Every row has every column, so a spreadsheet's filter works on the whole table.
    expect(new Set(en.map((r) => r.length))).toEqual(new Set([12]))

    const fr = await read('fr')
    expect(fr[0].slice(0, 3)).toEqual(['Section', 'Leçon', 'Indicateur, leçon ou question'])
    expect(row(fr, 'Ont commencé le module')?.slice(0, 6)).toEqual(['Synthèse', '', 'Ont commencé le module', '', '', '3'])
    expect(fr).toHaveLength(en.length)
  })

  it('is refused to everyone but staff, and is 404 for a module that does not exist', async () => {
    const someone = await member()
    const cityEditor = await session('rotterdam@hub.example', 'demo-city-password')
    for (const url of [`/en/modules/${m.slug}/report`, `/fr/modules/${m.slug}/report.csv`]) {
      for (const cookie of ['', someone.session, cityEditor]) {
        const res = await get(url, cookie)
        expect(res.statusCode, `${url} ${cookie.slice(0, 20)}`).toBe(403)
        expect(res.headers['content-type']).toContain('text/html')
        expect(res.body).not.toContain('Who convenes the local prevention network?')
      }
    }
    expect((await get('/en/modules/no-such-module/report', editor)).statusCode).toBe(404)
    expect((await get('/en/modules/no-such-module/report.csv', editor)).statusCode).toBe(404)
  })
})
