/**
 * The hub's public site on its own process for the benchmark: demo content,
 * warm cache, no Next. With DATABASE_URL it seeds that database unless
 * another bench process already has: the second of two instances serves the
 * first one's content.
 * A line `change` on stdin empties the caches as an edit does, and is answered once done.
 * A line `member <email>` adds a verified member and is answered `OK <session token>`.
 */
import { randomBytes } from 'node:crypto'
import { createInterface } from 'node:readline'
import { startChangeFeed } from '../src/cms/change-feed'
import { usesPostgres } from '../src/cms/db'
import { buildHttpApp } from '../src/http-app'
import { ensureSearchIndex } from '../src/search/sync'
import { seedDemoContent } from '../src/services/seed/seed-demo-content'
import { applyContentChange } from '../src/shared/content-events'
import { openBenchPayload } from './bench-payload'

const payload = await openBenchPayload()
await seedDemoContent(payload)
await ensureSearchIndex(payload)
if (usesPostgres()) await startChangeFeed(payload, process.env.DATABASE_URL!)
const app = await buildHttpApp({ payload, origin: 'http://localhost:3000' })
await app.listen({ port: 0, host: '127.0.0.1' })
const { port } = app.server.address() as { port: number }
console.log(`READY ${port}`)
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'change') applyContentChange({ collections: [] })
  const email = line.match(/^member (\S+@\S+)$/)?.[1]
  if (!email) console.log('OK')
  else {
    const password = randomBytes(18).toString('base64url')
    const data = { email, password, name: email.split('@')[0], roles: ['member' as const], _verified: true }
    await payload.create({ collection: 'users', data, overrideAccess: true, disableVerificationEmail: true })
    console.log(`OK ${(await payload.login({ collection: 'users', data: { email, password } })).token}`)
  }
}
