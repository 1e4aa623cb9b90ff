/**
 * `npm run bench:training`: the performance goals of training modules
 * (issue 12), measured on the hub in its own process on fresh demo data.
 *
 * - Weight: each lesson of the public demo module, the catalogue and the
 *   module page as a first-time visitor downloads them (HTML + CSS + JS, gzip;
 *   videos are links, so there is none to exclude), for a visitor and for a
 *   signed-in member, whose pages carry the offline script.
 * - Answer and next page: 16 signed-in members on 16 keep-alive connections
 *   each post an answer with a fresh key (a real insert every time) and get
 *   the lesson the answer redirects to; p50/p95/p99 of the pair and pairs per
 *   second. Then the same posts again (same keys: the idempotent path). The
 *   client runs in worker threads; its event-loop use is reported, and the
 *   same client against a bare Node server sending the lesson's bytes shows
 *   how far it can drive. Each member answers up to 185 times in a run,
 *   more than a learner would.
 * - Certificate PDF: renderCertificatePdf in this process, en and ar.
 *
 * Exits 1 when a budget is missed or a request fails, 2 when the client
 * itself was too busy for the figures to mean anything.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { gzipSync } from 'node:zlib'
import { kb, percentile, rawGet, table, weigh } from './measure'
import { type Served, start, stop } from './processes'

const SLUG = 'prevention-at-city-level-first-steps'
const MEMBERS = 16
const THREADS = 2
const WARMUP_PAIRS = 5
// Per member. The hub allows 240 answer posts per address in 10 minutes: warm-up, serial, measure and replay stay under it.
const PAIRS = 120
const REPLAYS = 30
// One member alone, one pair at a time: what a pair costs the hub with no queue.
const SERIAL_PAIRS = 30
const MEASURE_SECONDS = 45
const REPLAY_SECONDS = 15
const BASELINE_SECONDS = 5
const CERTIFICATES = 100
const CERTIFICATE_WARMUP = 5
const budgets = { pageKb: 30, jsKb: 5, pdfP95Ms: 300, clientElu: 0.5 }
const acceptEncoding = 'gzip, br'

/** One knowledge check's form, as the lesson page draws it. */
type Check = {
  action: string
  question: string
  radios: Record<string, string[]>
  checkboxes: Record<string, string[]>
  selects: { name: string; options: string[] }[]
  textareas: string[]
}
type Member = { index: number; session: string; formCookie: string; guard: Record<string, string>; address: string }
/** `serial` and `baseline` post as `warmup` does: `serial` with the first `connections` members only, `baseline` to the server at `origin` instead of the hub. */
type Phase = { kind: 'warmup' | 'serial' | 'measure' | 'replay' | 'baseline'; pairs: number; seconds: number; expectPost: number; origin?: string; connections?: number }
type PhaseResult = { pairs: number[]; posts: number[]; gets: number[]; errors: string[]; elu: number }
type ClientData = { origin: string; members: Member[]; checks: Check[] }

const ms = (value: number) => value.toFixed(1)

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2].replaceAll('&amp;', '&')]))

/** The knowledge checks of a lesson page: each form's question and the fields a person could fill. */
function checksIn(html: string): Check[] {
  const checks: Check[] = []
  for (const form of html.matchAll(/<form\b([^>]*class="[^"]*question-form[^"]*"[^>]*)>([\s\S]*?)<\/form>/g)) {
    const check: Check = { action: attributes(form[1]).action, question: '', radios: {}, checkboxes: {}, selects: [], textareas: [] }
    for (const input of form[2].matchAll(/<input\b[^>]*>/g)) {
      const a = attributes(input[0])
      if (a.name === 'question') check.question = a.value
      if (a.type === 'radio' || a.type === 'checkbox')
        (a.type === 'radio' ? check.radios : check.checkboxes)[a.name] = [...((a.type === 'radio' ? check.radios : check.checkboxes)[a.name] ?? []), a.value]
    }
    for (const select of form[2].matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      const options = [...select[2].matchAll(/<option\b([^>]*)>/g)].map((o) => attributes(o[1]).value).filter(Boolean)
      check.selects.push({ name: attributes(select[1]).name, options })
    }
    for (const textarea of form[2].matchAll(/<textarea\b([^>]*)>/g)) check.textareas.push(attributes(textarea[1]).name)
    if (check.action && check.question) checks.push(check)
  }
  return checks
}

const pick = <T>(values: T[]) => values[Math.floor(Math.random() * values.length)]
function shuffled<T>(values: T[]): T[] {
  const copy = [...values]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** A complete answer, right or wrong by chance, with a fresh key: what a learner's browser posts. */
function answerBody(check: Check, member: Member): string {
  const body = new URLSearchParams({ ...member.guard, website: '', question: check.question, key: randomBytes(16).toString('base64url') })
  for (const [name, values] of Object.entries(check.radios)) body.append(name, pick(values))
  for (const [name, values] of Object.entries(check.checkboxes)) {
    const chosen = values.filter(() => Math.random() < 0.5)
    for (const value of chosen.length ? chosen : [pick(values)]) body.append(name, value)
  }
  // Matching and ordering: as many selects as choices, so each gets a different one, in any order.
  const options = check.selects[0]?.options ?? []
  const places = check.selects.length === options.length ? shuffled(options) : check.selects.map((s) => pick(s.options))
  for (const [i, select] of check.selects.entries()) body.append(select.name, places[i])
  for (const name of check.textareas) body.append(name, 'Ask the youth workers first; they already know the families.')
  return body.toString()
}

/** Client side, in a worker thread: its members, each on a keep-alive connection of its own. */
async function client() {
  const { Client } = await import('undici')
  const data = workerData as ClientData
  const connect = (origin: string) => data.members.map(() => new Client(origin, { pipelining: 1, keepAliveTimeout: 60_000 }))
  const pools = new Map([[data.origin, connect(data.origin)]])
  let connections = pools.get(data.origin)!
  const sent: { path: string; body: string }[][] = data.members.map(() => [])

  async function pair(m: number, post: { path: string; body: string }, expectPost: number, out: PhaseResult) {
    const member = data.members[m]
    const cookie = `payload-token=${member.session}; hub_form=${member.formCookie}`
    const common = { cookie, 'accept-encoding': acceptEncoding, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': member.address }
    const started = performance.now()
    const res = await connections[m].request({ path: post.path, method: 'POST', headers: { ...common, 'content-type': 'application/x-www-form-urlencoded' }, body: post.body })
    await res.body.arrayBuffer()
    const posted = performance.now()
    const location = res.headers.location
    const next = typeof location === 'string' ? location.split('#')[0] : post.path.replace(/\/answer$/, '')
    const page = await connections[m].request({ path: next, method: 'GET', headers: common })
    await page.body.arrayBuffer()
    const done = performance.now()
    if (res.statusCode !== expectPost || page.statusCode !== 200) {
      if (out.errors.length < 5) out.errors.push(`POST ${post.path} ${res.statusCode}, GET ${next} ${page.statusCode}`)
      return
    }
    out.pairs.push(done - started)
    out.posts.push(posted - started)
    out.gets.push(done - posted)
  }

  async function run(phase: Phase): Promise<PhaseResult> {
    const origin = phase.origin ?? data.origin
    if (!pools.has(origin)) pools.set(origin, connect(origin))
    connections = pools.get(origin)!
    const out: PhaseResult = { pairs: [], posts: [], gets: [], errors: [], elu: 0 }
    const deadline = performance.now() + phase.seconds * 1000
    const before = performance.eventLoopUtilization()
    await Promise.all(
      data.members.map(async (member, m) => {
        if (member.index >= (phase.connections ?? MEMBERS)) return
        for (let i = 0; i < phase.pairs && performance.now() < deadline && out.errors.length === 0; i++) {
          let post: { path: string; body: string }
          if (phase.kind === 'replay') {
            if (!sent[m].length) break
            post = sent[m][i % sent[m].length]
          } else {
            // Each member starts on a lesson of its own and moves on, one check at a time.
            const check = data.checks[(m + i) % data.checks.length]
            post = { path: check.action, body: answerBody(check, data.members[m]) }
            if (phase.kind === 'measure' && sent[m].length < REPLAYS) sent[m].push(post)
          }
          await pair(m, post, phase.expectPost, out).catch((error: Error) => {
            if (out.errors.length < 5) out.errors.push(`${post.path}: ${error.message}`)
          })
        }
      }),
    )
    out.elu = performance.eventLoopUtilization(before).utilization
    return out
  }

  parentPort!.on('message', async (phase: Phase | 'close') => {
    if (phase === 'close') {
      await Promise.all([...pools.values()].flat().map((c) => c.close()))
      parentPort!.close()
      return
    }
    parentPort!.postMessage(await run(phase))
  })
}

/** The client's threads; each runs one phase at a time for its share of the members. */
function clientThreads(origin: string, members: Member[], checks: Check[]) {
  // Under tsx a worker has no TypeScript loader of its own: it registers one, then loads this file.
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}) })`
  const workers = Array.from({ length: THREADS }, (_, t) => {
    const data: ClientData = { origin, members: members.filter((_, i) => i % THREADS === t), checks }
    return new Worker(code, { eval: true, workerData: data })
  })
  return {
    async run(phase: Phase) {
      const answers = workers.map(
        (worker) =>
          new Promise<PhaseResult>((resolve, reject) => {
            worker.once('message', resolve)
            worker.once('error', reject)
          }),
      )
      const started = performance.now()
      for (const worker of workers) worker.postMessage(phase)
      const results = await Promise.all(answers).finally(() => {
        for (const worker of workers) worker.removeAllListeners('error')
      })
      const seconds = (performance.now() - started) / 1000
      const merged: PhaseResult = { pairs: [], posts: [], gets: [], errors: [], elu: Math.max(0, ...results.filter((r) => r.pairs.length || r.errors.length).map((r) => r.elu)) }
      for (const r of results) {
        merged.pairs.push(...r.pairs)
        merged.posts.push(...r.posts)
        merged.gets.push(...r.gets)
        merged.errors.push(...r.errors)
      }
      return { ...merged, seconds, rate: merged.pairs.length / seconds }
    },
    close: () =>
      Promise.all(
        workers.map((worker) => {
          const exited = new Promise((resolve) => worker.once('exit', resolve))
          worker.postMessage('close')
          return exited
        }),
      ),
  }
}

const send = (hub: Served, line: string) =>
  Promise.race([hub.send(line), new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`the hub did not answer "${line}"`)), 30_000))])

/** Members who can sign in, each with the cookies and guard fields their browser holds after opening a lesson. */
async function signedInMembers(hub: Served, lesson: string): Promise<Member[]> {
  const members: Member[] = []
  const run = randomBytes(4).toString('hex')
  for (let i = 0; i < MEMBERS; i++) {
    const answer = await send(hub, `member bench-${run}-${i}@learners.example`)
    const session = answer.match(/^OK (\S+)$/)?.[1]
    if (!session) throw new Error(`creating a member: ${answer}`)
    const res = await fetch(new URL(lesson, hub.url), { headers: { cookie: `payload-token=${session}`, 'sec-fetch-site': 'same-origin' } })
    const html = await res.text()
    const formCookie = res.headers
      .getSetCookie()
      .map((c) => c.match(/^hub_form=([^;]+)/)?.[1])
      .find(Boolean)
    const field = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1]
    const [csrf, started] = [field('_csrf'), field('_started')]
    if (!formCookie || !csrf || !started) throw new Error(`member ${i}: no form cookie or guard fields on ${lesson} (${res.status})`)
    // Signed in, or every figure below would be a visitor's.
    if (!html.includes('/account/sign-out')) throw new Error(`member ${i}: ${lesson} does not offer to sign out: the session was not accepted`)
    // One address each, as on their own phones: the per-address limit counts each member's posts.
    members.push({ index: i, session, formCookie, guard: { _csrf: csrf, _started: started }, address: `198.18.0.${i + 1}` })
  }
  return members
}

async function weights(hub: Served, session: string) {
  const base = `/en/modules/${SLUG}`
  const pages = ['/en/modules', base]
  for (let n = 1; n <= 50; n++) {
    const res = await fetch(new URL(`${base}/lessons/${n}`, hub.url))
    await res.arrayBuffer()
    if (res.status === 404) break
    pages.push(`${base}/lessons/${n}`)
  }
  if (pages.length === 2) throw new Error(`${base} has no lessons: is the demo module there?`)
  const rows: string[][] = []
  const lessons = { total: [] as number[], js: [] as number[], memberJs: [] as number[] }
  let failed = false
  for (const page of pages) {
    for (const [who, cookie] of [
      ['visitor', undefined],
      ['member', `payload-token=${session}`],
    ] as const) {
      const w = await weigh(hub.url, page, cookie)
      const ok = w.total / 1024 <= budgets.pageKb && w.jsGz / 1024 <= budgets.jsKb
      failed ||= !ok
      if (page.includes('/lessons/')) {
        lessons.total.push(w.total)
        ;(who === 'member' ? lessons.memberJs : lessons.js).push(w.jsGz)
      }
      rows.push([page.replace(base, '…/{module}'), who, kb(w.htmlGz), kb(w.cssGz), kb(w.jsGz), kb(w.total), String(w.embeds), ok ? 'ok' : 'BUDGET MISSED'])
    }
  }
  table(
    `Weight as a first-time browser downloads each page (gzip; {module} = /en/modules/${SLUG}; embeds = <video>/<iframe>/<audio>, none expected: videos are links)`,
    ['page', 'as', 'html KB', 'css KB', 'js KB', 'total KB', 'embeds', `budget (≤ ${budgets.pageKb} KB, JS ≤ ${budgets.jsKb} KB)`],
    rows,
  )
  const worker = await fetch(new URL('/sw.js', hub.url))
  const workerGz = worker.status === 200 ? gzipSync(Buffer.from(await worker.arrayBuffer())).length : 0
  if (workerGz) console.log(`The service worker /sw.js, registered only when a member saves a module for offline use, is ${kb(workerGz)} KB gzip (not counted above).`)
  return { failed, lessonCount: pages.length - 2, ...lessons, catalogue: rows[0][5], module: rows[2][5], workerGz }
}

/** A bare Node server sending the bytes and headers the hub sent for this lesson to a member. */
async function bareLesson(hub: Served, lesson: string, member: Member): Promise<Served> {
  const headers = { cookie: `payload-token=${member.session}; hub_form=${member.formCookie}`, 'sec-fetch-site': 'same-origin', 'accept-encoding': acceptEncoding }
  const raw = await rawGet(new URL(lesson, hub.url), headers)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sch-bench-'))
  writeFileSync(path.join(dir, 'body'), raw.body)
  const kept = Object.fromEntries(
    Object.entries(raw.headers).filter(([k]) => !['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'set-cookie'].includes(k)),
  )
  return start('node', ['bench/serve-plain.mjs', JSON.stringify({ headers: kept, bodyFile: path.join(dir, 'body') })])
}

async function certificates() {
  const { renderCertificatePdf } = await import('../src/services/training/render-certificate-pdf')
  const { certificateWording } = await import('../src/services/training/certificate-wording')
  const { formatDate } = await import('../src/site/views/format-date')
  const seed = JSON.parse(readFileSync(new URL('../src/services/seed/data/training-modules.json', import.meta.url), 'utf8')) as { slug: string; title: Record<string, string> }[]
  const title = seed.find((m) => m.slug === SLUG)!.title
  // As the certificate route fills it in (src/site/routes/training.ts), with the demo's network names.
  const inputs = {
    en: { network: 'Strong Cities Network', name: 'Amina Okafor-Lindqvist' },
    ar: { network: 'شبكة المدن القوية', name: 'ليلى عبد الرحمن الحداد' },
  }
  const input = (locale: 'en' | 'ar', i: number) => {
    const code = `K7QM-3XHP-${String(1000 + i).slice(-4)}`
    return {
      ...certificateWording(locale),
      networkName: inputs[locale].network,
      learnerName: inputs[locale].name,
      moduleTitle: title[locale],
      issuedOn: formatDate(new Date().toISOString(), locale) ?? '',
      code,
      verifyUrl: `https://hub.example.org/${locale}/certificates/${code}`,
    }
  }
  const times = { en: [] as number[], ar: [] as number[] }
  const sizes = { en: 0, ar: 0 }
  for (let i = 0; i < CERTIFICATE_WARMUP; i++) for (const locale of ['en', 'ar'] as const) await renderCertificatePdf(input(locale, i))
  // Interleaved, so drift on the machine touches both languages alike.
  for (let i = 0; i < CERTIFICATES; i++) {
    for (const locale of ['en', 'ar'] as const) {
      const started = performance.now()
      const pdf = await renderCertificatePdf(input(locale, i))
      times[locale].push(performance.now() - started)
      sizes[locale] = pdf.length
    }
  }
  const rows = (['en', 'ar'] as const).map((locale) => {
    const p95 = percentile(times[locale], 0.95)
    return { locale, p50: percentile(times[locale], 0.5), p95, max: Math.max(...times[locale]), size: sizes[locale], ok: p95 <= budgets.pdfP95Ms }
  })
  table(
    `Certificate PDF, renderCertificatePdf in process, ${CERTIFICATES} per language after ${CERTIFICATE_WARMUP} unmeasured`,
    ['language', 'p50 ms', 'p95 ms', 'max ms', 'PDF KB', `budget (p95 ≤ ${budgets.pdfP95Ms} ms)`],
    rows.map((r) => [r.locale, ms(r.p50), ms(r.p95), ms(r.max), kb(r.size), r.ok ? 'ok' : 'BUDGET MISSED']),
  )
  return rows
}

async function main() {
  const began = performance.now()
  const date = new Date().toISOString().slice(0, 10)
  console.log(`bench:training on ${date}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)} at start`)
  // TRUST_PROXY: each member posts from an address of its own (X-Forwarded-For), as from their own phones.
  const hub = await start('npx', ['tsx', '--conditions=production', 'bench/serve-hub.ts'], { DATABASE_URL: '', TRUST_PROXY: '1' })
  console.log(`Hub ready after ${((performance.now() - began) / 1000).toFixed(0)} s (fresh SQLite, demo content)`)
  let failed = false
  let invalid = false
  const lesson1 = `/en/modules/${SLUG}/lessons/1`
  const summary: string[] = []
  try {
    const members = await signedInMembers(hub, lesson1)
    const weight = await weights(hub, members[0].session)
    failed ||= weight.failed
    const range = (values: number[]) => (kb(Math.min(...values)) === kb(Math.max(...values)) ? kb(values[0]) : `${kb(Math.min(...values))}–${kb(Math.max(...values))}`)
    summary.push(
      `- weight (gzip, HTML + CSS + JS): lessons 1–${weight.lessonCount} of *${SLUG}* weigh ${range(weight.total)} KB (budget 30); JavaScript ${range(weight.js)} KB for a visitor and ${range(weight.memberJs)} KB for a signed-in member (budget 5); for a visitor, the catalogue weighs ${weight.catalogue} KB and the module page ${weight.module} KB${weight.workerGz ? `; the service worker, fetched when a member saves a module, ${kb(weight.workerGz)} KB` : ''};`,
    )

    const checks: Check[] = []
    for (let n = 1; n <= weight.lessonCount; n++) {
      const res = await fetch(new URL(`/en/modules/${SLUG}/lessons/${n}`, hub.url), { headers: { cookie: `payload-token=${members[0].session}`, 'sec-fetch-site': 'same-origin' } })
      checks.push(...checksIn(await res.text()))
    }
    if (!checks.length) throw new Error('no knowledge checks found on the lesson pages')

    const clients = clientThreads(hub.url.origin, members, checks)
    try {
      const warm = await clients.run({ kind: 'warmup', pairs: WARMUP_PAIRS, seconds: 30, expectPost: 303 })
      if (warm.errors.length) throw new Error(`warm-up failed:\n${warm.errors.join('\n')}`)
      const serial = await clients.run({ kind: 'serial', pairs: SERIAL_PAIRS, seconds: 20, expectPost: 303, connections: 1 })
      const measured = await clients.run({ kind: 'measure', pairs: PAIRS, seconds: MEASURE_SECONDS, expectPost: 303 })
      const replayed = await clients.run({ kind: 'replay', pairs: REPLAYS, seconds: REPLAY_SECONDS, expectPost: 303 })
      const bare = await bareLesson(hub, lesson1, members[0])
      const baseline = await clients.run({ kind: 'baseline', pairs: 1_000_000, seconds: BASELINE_SECONDS, expectPost: 200, origin: bare.url.origin }).finally(() => stop(bare))
      const row = (name: string, r: typeof measured) => [
        name,
        String(r.pairs.length),
        r.seconds.toFixed(1),
        r.rate.toFixed(0),
        ms(percentile(r.pairs, 0.5)),
        ms(percentile(r.pairs, 0.95)),
        ms(percentile(r.pairs, 0.99)),
        `${ms(percentile(r.posts, 0.5))} / ${ms(percentile(r.gets, 0.5))}`,
        `${(r.elu * 100).toFixed(0)}%`,
        r.errors.length ? `${r.errors.length}+ errors` : 'ok',
      ]
      table(
        `Answer a check and get the lesson it redirects to: ${MEMBERS} signed-in members on ${MEMBERS} keep-alive connections (${THREADS} client threads), up to ${PAIRS} pairs each or ${MEASURE_SECONDS} s`,
        ['run', 'pairs', 's', 'pairs/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 POST / GET ms', 'client busy', ''],
        [
          row('one member alone, fresh key', serial),
          row('answer, fresh key (insert)', measured),
          row('replay, same key (idempotent)', replayed),
          row('bare Node server, same bytes', baseline),
        ],
      )
      console.log(
        '"client busy" is the busiest client thread\'s event-loop utilization. The bare server answers the POST with the lesson\'s bytes too: the row shows how far this client can drive.',
      )
      for (const [name, r] of [
        ['alone', serial],
        ['answer', measured],
        ['replay', replayed],
        ['baseline', baseline],
      ] as const) {
        if (r.errors.length) console.error(`${name}: ${r.errors.join('\n  ')}`)
        failed ||= r.errors.length > 0
      }
      if (measured.elu > budgets.clientElu || replayed.elu > budgets.clientElu) invalid = true
      summary.push(
        `- answer and next page, ${MEMBERS} signed-in members on ${MEMBERS} connections, a fresh key each time (one member alone: p50 ${ms(percentile(serial.pairs, 0.5))} ms): p50 ${ms(percentile(measured.pairs, 0.5))} ms, p95 ${ms(percentile(measured.pairs, 0.95))} ms, p99 ${ms(percentile(measured.pairs, 0.99))} ms, ${measured.rate.toFixed(0)} pairs/s (${measured.pairs.length} pairs); the same posts replayed (same key): p50 ${ms(percentile(replayed.pairs, 0.5))} ms, p95 ${ms(percentile(replayed.pairs, 0.95))} ms. The client's busiest thread was ${(measured.elu * 100).toFixed(0)}% busy, and drove ${baseline.rate.toFixed(0)} pairs/s against a bare Node server;`,
      )
    } finally {
      await clients.close()
    }
  } finally {
    stop(hub)
  }

  const pdf = await certificates()
  failed ||= pdf.some((r) => !r.ok)
  summary.push(
    `- certificate PDF, rendered in process: ${pdf.map((r) => `${r.locale} p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms`).join('; ')} (budget p95 ≤ ${budgets.pdfP95Ms} ms).`,
  )

  const minutes = (performance.now() - began) / 60_000
  console.log(`\nFor the README (measured on ${date}, ${os.cpus().length} cores, \`npm run bench:training\`, ${minutes.toFixed(1)} minutes):\n`)
  console.log(summary.join('\n'))
  console.log(`\nBudgets: lesson page ≤ ${budgets.pageKb} KB gzip with ≤ ${budgets.jsKb} KB of JS; certificate PDF p95 ≤ ${budgets.pdfP95Ms} ms.`)
  if (invalid) {
    console.error(`INVALID RUN: a client thread's event loop was over ${budgets.clientElu * 100}% busy, so the client may be what was measured. Run again on a quieter machine.`)
    process.exit(2)
  }
  process.exit(failed ? 1 : 0)
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
} else {
  void client()
}
