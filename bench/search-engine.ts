/**
 * One engine's side of `npm run bench:search`, in its own process (the
 * database adapter is chosen when the config loads): builds the corpus,
 * times indexing, then serves /api/search for the load generator.
 */
import { buildHttpApp } from '../src/http-app'
import { searchEngine } from '../src/search/engine'
import { openBenchPayload } from './bench-payload'
import { corpus } from './search-corpus'

const size = Number(process.env.BENCH_DOCS ?? 50_000)
const payload = await openBenchPayload()
const engine = searchEngine(payload)
// A database left by an earlier run starts empty again, as the corpus assumes.
await engine.clear()
const client = (payload.db as unknown as { client?: { execute: (sql: string) => Promise<unknown> } }).client
// The bulk load is set-up, not the measurement: SQLite may skip fsync for it.
if (client) await client.execute('PRAGMA synchronous = OFF')
const started = Date.now()
for (let offset = 0; offset < size; offset += 1000) {
  await engine.upsert(corpus(Math.min(1000, size - offset), offset))
  if (offset % 10_000 === 9_000) process.stderr.write(`  ${offset + 1000} documents loaded (${((Date.now() - started) / 1000).toFixed(0)} s)\n`)
}
if (client) await client.execute('PRAGMA synchronous = FULL')

// Indexing as editors cause it: one document per transaction, as a publish does.
const extra = corpus(1000, size)
const indexStart = performance.now()
for (const doc of extra) await engine.upsert([doc])
const indexMs = performance.now() - indexStart

// The index's own cost, with no result cache: one query at a time, straight to the engine.
const cold: Record<string, { p50: number; p95: number }> = {}
for (const [kind, query] of Object.entries(JSON.parse(process.env.BENCH_QUERIES!) as Record<string, string>)) {
  const params = new URLSearchParams(query)
  const times: number[] = []
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now()
    await engine.search({
      q: params.get('q') ?? '',
      locale: (params.get('locale') ?? 'en') as 'en',
      sort: 'relevance',
      page: 1,
      pageSize: 20,
      includeMembersOnly: false,
      filters: Object.fromEntries(['type', 'theme', 'region'].filter((f) => params.get(f)).map((f) => [f, params.get(f)!])),
    })
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  cold[kind] = { p50: times[20], p95: times[37] }
}

const app = await buildHttpApp({ payload, origin: 'http://localhost' })
await app.listen({ port: 0, host: '127.0.0.1' })
const { port } = app.server.address() as { port: number }
console.log(`READY ${port} ${indexMs.toFixed(0)} ${JSON.stringify(cold)}`)
