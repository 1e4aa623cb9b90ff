/**
 * `npm run bench:search`: search latency and throughput on SQLite and on
 * PostgreSQL, measured side by side in one run over the same generated corpus
 * of 50,000 documents in three languages.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { Agent, request } from 'undici'

const CONNECTIONS = 16
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const queries = {
  'one word': 'q=prevention&locale=en',
  'three words': 'q=youth+prevention+schools&locale=en',
  faceted: 'q=jeunesse&locale=fr&type=guide&theme=youth-engagement&region=europe',
  prefix: 'q=radicali&locale=en',
}

type Cold = Record<string, { p50: number; p95: number }>

function start(env: Record<string, string>): Promise<{ child: ChildProcess; port: number; indexMs: number; cold: Cold }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'bench/search-engine.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env, BENCH_QUERIES: JSON.stringify(queries) },
      detached: true,
    })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const m = out.match(/READY (\d+) (\d+) (.*)\n/)
      if (m) resolve({ child, port: Number(m[1]), indexMs: Number(m[2]), cold: JSON.parse(m[3]) })
    })
    child.once('exit', (code) => reject(new Error(`engine process exited with ${code}`)))
  })
}

/** A closed loop of CONNECTIONS clients for SECONDS; every response must be a 200. */
async function load(url: string) {
  const dispatcher = new Agent({ connections: CONNECTIONS })
  const latencies: number[] = []
  const deadline = performance.now() + SECONDS * 1000
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now()
        const res = await request(url, { dispatcher })
        await res.body.text()
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`)
        latencies.push(performance.now() - t0)
      }
    }),
  )
  await dispatcher.close()
  latencies.sort((a, b) => a - b)
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]
  return { p50: pct(0.5), p95: pct(0.95), rps: latencies.length / SECONDS }
}

const stop = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    // already gone
  }
}

async function main() {
  const engines: [string, Record<string, string>][] = [['SQLite FTS5', {}]]
  if (process.env.BENCH_DATABASE_URL) engines.push(['PostgreSQL', { DATABASE_URL: process.env.BENCH_DATABASE_URL }])
  else console.log('PostgreSQL skipped: set BENCH_DATABASE_URL to an empty database to include it.')
  const rows: string[][] = []
  let failed = false
  for (const [name, env] of engines) {
    console.log(`Loading ${process.env.BENCH_DOCS ?? 50_000} documents into ${name}…`)
    const server = await start(env)
    try {
      for (const [kind, query] of Object.entries(queries)) {
        const { p50, p95, rps } = await load(`http://127.0.0.1:${server.port}/api/search?${query}`)
        const ok = name !== 'SQLite FTS5' || (p95 <= 20 && rps >= 1200)
        failed ||= !ok
        const cold = server.cold[kind]
        rows.push([name, kind, cold.p50.toFixed(1), cold.p95.toFixed(1), p50.toFixed(1), p95.toFixed(1), rps.toFixed(0), (rps / 12).toFixed(0), ok ? 'ok' : 'OVER BUDGET'])
      }
      rows.push([name, 'index 1,000 new documents', '', '', '', '', '', '', `${(server.indexMs / 1000).toFixed(2)} s`])
    } finally {
      stop(server.child)
    }
  }
  const header = ['engine', 'query', 'index p50 ms', 'index p95 ms', 'p50 ms', 'p95 ms', 'req/s', '× WordPress', 'budget']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  console.log(`\nindex p50/p95: the engine alone, one query at a time, no result cache (40 runs).`)
  console.log(`p50/p95, req/s: GET /api/search over HTTP, ${CONNECTIONS} connections on loopback for ${SECONDS} s (result cache on, as served).`)
  for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '))
  console.log('\nBudgets on SQLite: p95 ≤ 20 ms for every query kind, and ≥ 100 × the WordPress search (12 req/s measured here).')
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
