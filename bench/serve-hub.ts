/**
 * The hub's public site on its own process for the benchmark: demo content,
 * warm cache, no Next. With BENCH_JOIN it joins a database another bench
 * process seeded (the second of two instances), instead of emptying it.
 * A line `change` on stdin empties the caches as an edit does, and is answered once done.
 */
import { createInterface } from 'node:readline'
import { getPayload } from 'payload'
import config from '../src/cms/payload.config'
import { startChangeFeed } from '../src/cms/change-feed'
import { usesPostgres } from '../src/cms/db'
import { buildHttpApp } from '../src/http-app'
import { seedDemoContent } from '../src/services/seed/seed-demo-content'
import { applyContentChange } from '../src/shared/content-events'
import { createTestPayload } from '../tests/helpers/test-payload'

const payload = process.env.BENCH_JOIN ? await getPayload({ config }) : await createTestPayload()
if (!process.env.BENCH_JOIN) await seedDemoContent(payload)
if (usesPostgres()) await startChangeFeed(payload, process.env.DATABASE_URL!)
const app = await buildHttpApp({ payload, origin: 'http://localhost:3000' })
await app.listen({ port: 0, host: '127.0.0.1' })
const { port } = app.server.address() as { port: number }
console.log(`READY ${port}`)
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'change') applyContentChange({ collections: [] })
  console.log('OK')
}
