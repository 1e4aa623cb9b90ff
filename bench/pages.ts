/**
 * `npm run bench`: the public pages' throughput and weight, measured side by
 * side in one run. Absolute numbers on shared machines are noisy, so each
 * page is compared with a bare Node http server sending the very same bytes,
 * in alternating rounds, taking the median. wrk drives the load (bench/wrk.ts).
 *
 * - Self-check first: the bare server against itself must read 1.0 ± 0.1,
 *   or the load generator, not the server, is what is being measured.
 * - Cache misses: the render after an edit, p50 and p95 per page type.
 * - With BENCH_DATABASE_URL (an empty PostgreSQL database): cached-page
 *   throughput of two instances on that database against one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { kb, median, percentile, rawGet, table, weigh } from './measure'
import { type Served, start, stop } from './processes'
import { type Load, wrk } from './wrk'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3)
const ROUNDS = 3
const MISS_SAMPLES = 30
const load: Load = { connections: 32, seconds: SECONDS, headers: { 'accept-encoding': 'gzip, br' } }
const pages = [
  '/en/cities/rotterdam',
  '/ar/cities/rotterdam',
  '/en/cities',
  '/en/cities?region=europe',
  '/en',
  '/en/regions/east-southern-africa',
  '/en/resources',
  '/en/resources/tunis-port-city-returns-report',
  '/en/search?q=youth',
  '/en/news',
  '/en/news/cape-town-global-summit-closes',
  '/en/events',
  '/ar/events/global-summit-cape-town-2024',
  '/en/global-summit',
  '/en/working-groups/youth-inclusion',
  '/en/steering-committee',
  '/en/young-cities',
  '/ar/faq',
  '/en/about',
  '/en/news/feed.xml',
  '/en/events/calendar.ics',
  '/sitemap.xml',
  '/en/cities.csv',
]
// One page of each type, for the renders after an edit.
const missPages: Record<string, string> = {
  'city profile': '/en/cities/rotterdam',
  directory: '/en/cities',
  home: '/en',
  region: '/en/regions/east-southern-africa',
  library: '/en/resources',
  resource: '/en/resources/tunis-port-city-returns-report',
  search: '/en/search?q=youth',
  article: '/en/news/cape-town-global-summit-closes',
  event: '/ar/events/global-summit-cape-town-2024',
  'about page': '/en/about',
  feed: '/en/news/feed.xml',
  sitemap: '/sitemap.xml',
}
const budgets = { ratio: 0.5, pageKb: 30, jsKb: 10, selfCheck: 0.1, missP50Ms: 10, twoInstances: 1.6 }

const at = (served: Served, page: string) => new URL(page, served.url)

/**
 * Rounds of `a` and `b` interleaved, so drift on the machine touches both
 * alike, after one unmeasured round each (a fresh process is still compiling
 * its hot paths); the ratio of medians, b over a.
 */
async function sideBySide(a: () => Promise<number>, b: () => Promise<number>, rounds = ROUNDS) {
  await a()
  await b()
  const as: number[] = []
  const bs: number[] = []
  for (let round = 0; round < rounds; round++) {
    as.push(await a())
    bs.push(await b())
  }
  return { a: median(as), b: median(bs), ratio: median(bs) / median(as) }
}

/** A bare server sending the bytes and headers the hub sent for `page`. */
async function bareCopy(hub: Served, page: string, dir: string): Promise<Served> {
  const raw = await rawGet(at(hub, page), load.headers)
  const bodyFile = path.join(dir, 'body')
  writeFileSync(bodyFile, raw.body)
  const headers = Object.fromEntries(Object.entries(raw.headers).filter(([k]) => !['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)))
  return start('node', ['bench/serve-plain.mjs', JSON.stringify({ headers, bodyFile })])
}

async function selfCheck(hub: Served, dir: string): Promise<number> {
  const bare = await bareCopy(hub, pages[0], dir)
  try {
    const target = [at(bare, pages[0])]
    return (
      await sideBySide(
        () => wrk(target, load),
        () => wrk(target, load),
        5,
      )
    ).ratio
  } finally {
    stop(bare)
  }
}

async function cachedPages(hub: Served, dir: string) {
  const rows: string[][] = []
  let failed = false
  for (const page of pages) {
    const weight = await weigh(hub.url, page)
    const bare = await bareCopy(hub, page, dir)
    const run = await sideBySide(
      () => wrk([at(bare, page)], load),
      () => wrk([at(hub, page)], load),
    ).finally(() => stop(bare))
    const total = weight.htmlGz + weight.cssGz + weight.jsGz
    const ok = run.ratio >= budgets.ratio && total / 1024 <= budgets.pageKb && weight.jsGz / 1024 <= budgets.jsKb && weight.nextRequests === 0
    failed ||= !ok
    rows.push([
      page,
      String(Math.round(run.b)),
      String(Math.round(run.a)),
      run.ratio.toFixed(2),
      kb(weight.htmlGz),
      kb(weight.cssGz),
      kb(weight.jsGz),
      kb(total),
      String(weight.nextRequests),
      ok ? 'ok' : 'BUDGET MISSED',
    ])
  }
  table(
    `Cached public pages: wrk, ${load.connections} connections, Accept-Encoding "${load.headers['accept-encoding']}", median of ${ROUNDS} interleaved ${SECONDS}s rounds (sizes gzip)`,
    ['page', 'hub req/s', 'bare req/s', 'ratio', 'html KB', 'css KB', 'js KB', 'total KB', '/_next', 'budget'],
    rows,
  )
  return failed
}

/** The render after an edit: the edit empties the caches, and the next request renders anew. */
async function cacheMisses(hub: Served) {
  const rows: string[][] = []
  let failed = false
  for (const [type, page] of Object.entries(missPages)) {
    const times: number[] = []
    for (let i = 0; i < MISS_SAMPLES; i++) {
      await hub.send('change')
      const started = performance.now()
      const res = await fetch(at(hub, page), { headers: load.headers })
      await res.arrayBuffer()
      times.push(performance.now() - started)
    }
    const p50 = percentile(times, 0.5)
    const over = type === 'city profile' && p50 > budgets.missP50Ms
    failed ||= over
    rows.push([type, page, p50.toFixed(1), percentile(times, 0.95).toFixed(1), over ? `GOAL MISSED (p50 ≤ ${budgets.missP50Ms} ms)` : ''])
  }
  table(`Cache misses: the first request after an edit, ${MISS_SAMPLES} samples per page type`, ['type', 'page', 'p50 ms', 'p95 ms', ''], rows)
  return failed
}

/** Two hub processes on one PostgreSQL database against one, wrk's threads split between them. */
async function twoInstances(databaseUrl: string) {
  const env = { DATABASE_URL: databaseUrl }
  const first = await start('npx', ['tsx', '--conditions=production', 'bench/serve-hub.ts'], env)
  let second: Served | undefined
  try {
    second = await start('npx', ['tsx', '--conditions=production', 'bench/serve-hub.ts'], env)
    const page = pages[0]
    const run = await sideBySide(
      () => wrk([at(first, page)], load),
      () => wrk([at(first, page), at(second!, page)], load),
    )
    table(
      `Two instances on one PostgreSQL database, ${page}, median of ${ROUNDS} interleaved rounds`,
      ['one instance req/s', 'two instances req/s', 'ratio', 'goal'],
      [[String(Math.round(run.a)), String(Math.round(run.b)), run.ratio.toFixed(2), `≥ ${budgets.twoInstances}`]],
    )
  } finally {
    stop(second)
    stop(first)
  }
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-bench-'))
  const hub = await start('npx', ['tsx', '--conditions=production', 'bench/serve-hub.ts'], { DATABASE_URL: '' })
  let failed = false
  try {
    const selfRatio = await selfCheck(hub, dir)
    console.log(`\nSelf-check: the bare server against itself reads ${selfRatio.toFixed(2)} (must be 1.0 ± ${budgets.selfCheck}).`)
    if (Math.abs(selfRatio - 1) > budgets.selfCheck) {
      console.error('INVALID RUN: the machine or the load generator is too unsteady to compare servers. Run again on a quieter machine.')
      process.exit(2)
    }
    failed = (await cachedPages(hub, dir)) || failed
    failed = (await cacheMisses(hub)) || failed
  } finally {
    stop(hub)
  }
  if (process.env.BENCH_DATABASE_URL) await twoInstances(process.env.BENCH_DATABASE_URL)
  console.log(
    `\nBudgets: ratio ≥ ${budgets.ratio}, page ≤ ${budgets.pageKb} KB, JS ≤ ${budgets.jsKb} KB, no /_next requests; goals: city profile miss p50 ≤ ${budgets.missP50Ms} ms, two instances ≥ ${budgets.twoInstances}×.`,
  )
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
