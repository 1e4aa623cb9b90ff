import { setTimeout as sleep } from 'node:timers/promises'
import { MIN_FILL_MS } from '../../src/site/forms/guard'
import { startServer } from '../helpers/start-server'
import { type Client, createClient, type FuzzAnswer, type FuzzRequest } from './client'
import { discover, type Discovery, sitemapPages } from './discover'
import { encode } from './encode'
import { ordinaryValue } from './form-requests'
import { type FamilyRequest, generateRequests } from './requests'
import { loadTargets } from './targets'

export type FuzzFailure = { request: FuzzRequest; answer: FuzzAnswer; problem: string }
export type FuzzReport = {
  seed: number
  requests: number
  seconds: number
  /** Answers by status class ("2xx", …, "none" when no answer came) and by family and route. */
  byClass: Record<string, number>
  byFamily: Record<string, Record<string, number>>
  byRoute: Record<string, Record<string, number>>
  failures: FuzzFailure[]
  /** Form posts that the rate limit let through to the form's own checks. */
  formsPastRateLimit: number
  formPosts: number
}

// Node's HTTP parser answers these itself before any app code runs: headers over its
// 16 KB limit (431), and requests it cannot parse (a bare 400).
const bareParserAnswer = (a: FuzzAnswer) => a.status === 431 || (a.status === 400 && !a.contentType && !a.head)

/** What a visitor or client would notice about one answer, or null when it is fine. */
export function problemWith(request: FuzzRequest, answer: FuzzAnswer): string | null {
  if (answer.status === 0) return `no answer: ${answer.error}`
  if (answer.status >= 500) return `${answer.status} server error`
  if (answer.status < 400 || bareParserAnswer(answer)) return null
  if (request.path.startsWith('/api/')) return /json/.test(answer.contentType) ? null : `${answer.status} from the API is not JSON (${answer.contentType || 'no content type'})`
  if (!answer.contentType.startsWith('text/html')) return `${answer.status} page is not HTML (${answer.contentType || 'no content type'})`
  if (!request.locale || answer.contentEncoding) return null
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(answer.head)?.[1]
  return lang === request.locale ? null : `${answer.status} page for /${request.locale}/… has lang="${lang}"`
}

const statusClass = (status: number) => (status === 0 ? 'none' : `${Math.floor(status / 100)}xx`)
const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1)

async function storm(client: Client, requests: FamilyRequest[], concurrency: number, report: FuzzReport) {
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]
      const answer = await client.send(request)
      bump(report.byClass, statusClass(answer.status))
      bump((report.byFamily[request.family] ??= {}), statusClass(answer.status))
      bump((report.byRoute[request.route] ??= {}), statusClass(answer.status))
      if (request.family === 'form') {
        report.formPosts++
        if (answer.status !== 429) report.formsPastRateLimit++
      }
      const problem = problemWith(request, answer)
      if (problem) report.failures.push({ request, answer, problem })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

/** After the storm: every demo page still served, and a form posted too often from one address gets the 429 page. */
async function aftermath(client: Client, discovery: Discovery, report: FuzzReport) {
  const pages = await sitemapPages(client)
  const missing = discovery.pages.filter((p) => !pages.includes(p))
  for (const path of missing)
    report.failures.push({
      request: { route: 'GET /sitemap.xml', method: 'GET', path: '/sitemap.xml' },
      answer: { status: 200, contentType: '', head: '', setCookie: [] },
      problem: `${path} is no longer in the sitemap`,
    })
  for (const path of discovery.pages) {
    const answer = await client.send({ route: 'demo page', method: 'GET', path })
    if (answer.status !== 200) report.failures.push({ request: { route: 'demo page', method: 'GET', path }, answer, problem: `demo page answers ${answer.status} after the storm` })
  }
  const contact = discovery.forms.find((f) => f.route.url === '/:locale/contact')!
  const body = contact.fields.map((f) => `${encode(f.name)}=${encode(ordinaryValue(f, 'flood'))}`).join('&')
  const flood: FuzzRequest = {
    route: 'POST /:locale/contact',
    method: 'POST',
    path: '/fr/contact',
    locale: 'fr',
    body,
    note: 'seventh post from one address',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: discovery.formCookie, 'x-forwarded-for': '192.0.2.1' },
  }
  let last: FuzzAnswer | undefined
  for (let n = 0; n < 7; n++) last = await client.send(flood)
  const problem = problemWith(flood, last!) ?? (last!.status === 429 ? null : `the seventh post from one address got ${last!.status}, not 429`)
  if (problem) report.failures.push({ request: flood, answer: last!, problem })
}

/**
 * Starts the real server (its own database, seeded), reads its routes,
 * collections and forms, sends `count` hostile requests from `seed`, then
 * checks that nothing was lost.
 */
export async function runFuzz({ count, seed, concurrency = 4 }: { count: number; seed: number; concurrency?: number }): Promise<FuzzReport> {
  const started = Date.now()
  // TRUST_PROXY lets each form post come from an address of its own (X-Forwarded-For), past the per-address limit.
  const [server, targets] = await Promise.all([startServer({ TRUST_PROXY: 'true' }), loadTargets()])
  const client = createClient(server.url, concurrency)
  const report: FuzzReport = { seed, requests: count, seconds: 0, byClass: {}, byFamily: {}, byRoute: {}, failures: [], formsPastRateLimit: 0, formPosts: 0 }
  try {
    const discovery = await discover(client, targets)
    // The forms' start times must look like a person's: older than the minimum fill time.
    await sleep(MIN_FILL_MS + 500)
    await storm(client, generateRequests(targets, discovery, seed, count), concurrency, report)
    if (server.process.exitCode !== null) throw new Error(`The server exited with ${server.process.exitCode} during the storm`)
    await aftermath(client, discovery, report)
  } finally {
    await client.close()
    await server.stop()
  }
  report.seconds = Math.round((Date.now() - started) / 1000)
  return report
}

const clip = (text: string | Buffer | undefined, n: number) => {
  const s = typeof text === 'string' ? text : text ? `<${text.length} bytes>` : ''
  return JSON.stringify(s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s)
}

/** Each failing request, replayable: method, path, body, status and the start of the answer. */
export function formatFailures(failures: FuzzFailure[]): string {
  return failures
    .map(({ request, answer, problem }) =>
      [
        `✗ ${problem}${request.note ? ` [${request.note}]` : ''}`,
        `  ${request.method} ${request.path.length > 300 ? `${request.path.slice(0, 300)}… (${request.path.length} chars)` : request.path}`,
        request.body !== undefined ? `  body (${request.headers?.['content-type'] ?? 'no content type'}): ${clip(request.body, 300)}` : '',
        `  → ${answer.status} ${answer.contentType} ${clip(answer.head.replace(/\s+/g, ' '), 300)}`,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n')
}

/** Counts per status class, per family and per route, as a table. */
export function formatSummary(report: FuzzReport): string {
  const classes = ['2xx', '3xx', '4xx', '5xx', 'none']
  const row = (name: string, counts: Record<string, number>) => `${name.padEnd(52)} ${classes.map((c) => String(counts[c] ?? 0).padStart(6)).join('')}`
  return [
    `Fuzz seed ${report.seed}: ${report.requests} requests in ${report.seconds} s, ${report.failures.length} failures; ${report.formsPastRateLimit} of ${report.formPosts} form posts got past the rate limit`,
    `${''.padEnd(52)} ${classes.map((c) => c.padStart(6)).join('')}`,
    row('all', report.byClass),
    '',
    ...Object.entries(report.byFamily)
      .sort()
      .map(([name, counts]) => row(name, counts)),
    '',
    ...Object.entries(report.byRoute)
      .sort()
      .map(([name, counts]) => row(name, counts)),
  ].join('\n')
}
