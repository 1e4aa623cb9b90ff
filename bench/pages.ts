/**
 * `npm run bench`: the public pages' throughput and weight, measured side by
 * side in one run. Absolute numbers on shared machines are noisy, so each
 * page is compared with a bare Node http server sending the very same bytes,
 * alternating rounds and taking the median.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'

const CONNECTIONS = 32
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4)
const ROUNDS = 3
const pages = [
  '/en/cities/rotterdam', '/ar/cities/rotterdam', '/en/cities', '/en/cities?region=europe', '/en', '/en/regions/east-southern-africa', '/en/resources', '/en/resources/tunis-port-city-returns-report', '/en/search?q=youth',
  '/en/news', '/en/news/cape-town-global-summit-closes', '/en/events', '/ar/events/global-summit-cape-town-2024', '/en/global-summit', '/en/working-groups/youth-inclusion', '/en/steering-committee', '/en/young-cities', '/ar/faq', '/en/about',
  '/en/news/feed.xml', '/en/events/calendar.ics', '/sitemap.xml', '/en/cities.csv',
]
const budgets = { ratio: 0.5, pageKb: 30, jsKb: 10 }

function start(command: string, args: string[]): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' }, detached: true })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const match = out.match(/READY (\d+)/)
      if (match) resolve({ child, port: Number(match[1]) })
    })
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}`)))
  })
}

async function requestsPerSecond(url: string): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { 'accept-encoding': 'gzip' } })
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

/** Exactly what the server sent, still compressed (fetch would decompress it). */
function rawGet(url: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    // already gone
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

async function main() {
  const hub = await start('npx', ['tsx', 'bench/serve-hub.ts'])
  const hubUrl = `http://127.0.0.1:${hub.port}`
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-bench-'))
  const rows: string[][] = []
  let failed = false
  try {
    for (const page of pages) {
      const res = await fetch(hubUrl + page, { headers: { 'accept-encoding': 'gzip' } })
      const html = await res.text()
      // Weight: the page as a first-time visitor downloads it, gzip-compressed.
      const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])
      const sizeOf = async (url: string) => gzipSync(Buffer.from(await (await fetch(hubUrl + url)).arrayBuffer())).length
      const htmlGz = gzipSync(html).length
      const cssGz = (await Promise.all(styles.map(sizeOf))).reduce((a, b) => a + b, 0)
      const jsGz = (await Promise.all(scripts.map(sizeOf))).reduce((a, b) => a + b, 0) + (html.match(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>[\s\S]*?<\/script>/g) ?? []).join('').length
      const nextRequests = (html.match(/\/_next\//g) ?? []).length

      // Throughput: the same bytes from a bare server, rounds interleaved with the hub's.
      const raw = await rawGet(hubUrl + page)
      const bodyFile = path.join(dir, 'body')
      writeFileSync(bodyFile, raw.body)
      const headers = Object.fromEntries(Object.entries(raw.headers).filter(([k]) => !['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)))
      const plain = await start('node', ['bench/serve-plain.mjs', JSON.stringify({ headers, bodyFile })])
      const hubRuns: number[] = []
      const plainRuns: number[] = []
      try {
        for (let round = 0; round < ROUNDS; round++) {
          plainRuns.push(await requestsPerSecond(`http://127.0.0.1:${plain.port}${page}`))
          hubRuns.push(await requestsPerSecond(hubUrl + page))
        }
      } finally {
        stop(plain.child)
      }
      const ratio = median(hubRuns) / median(plainRuns)
      const total = htmlGz + cssGz + jsGz
      const ok = ratio >= budgets.ratio && total / 1024 <= budgets.pageKb && jsGz / 1024 <= budgets.jsKb && nextRequests === 0
      failed ||= !ok
      rows.push([page, String(Math.round(median(hubRuns))), String(Math.round(median(plainRuns))), ratio.toFixed(2), kb(htmlGz), kb(cssGz), kb(jsGz), kb(total), String(nextRequests), ok ? 'ok' : 'OVER BUDGET'])
    }
  } finally {
    stop(hub.child)
  }

  const header = ['page', 'hub req/s', 'bare req/s', 'ratio', 'html KB', 'css KB', 'js KB', 'total KB', '/_next', 'budget']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ')
  console.log(`\nCached public pages, ${CONNECTIONS} connections on loopback, median of ${ROUNDS} interleaved ${SECONDS}s rounds (gzip sizes)`)
  console.log(line(header))
  for (const row of rows) console.log(line(row))
  console.log(`\nBudgets: ratio ≥ ${budgets.ratio}, page ≤ ${budgets.pageKb} KB, JS ≤ ${budgets.jsKb} KB, no /_next requests.`)
  console.log('For comparison, the WordPress page it replaces weighs about 40 KB on the wire and serves about 40 req/s here.')
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
