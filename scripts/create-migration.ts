/**
 * Writes a migration for both database adapters from the current collection
 * config: `npm run migrate:create -- add-events`. Each adapter keeps its own
 * folder because SQLite and PostgreSQL DDL differ.
 */
import { getPayload } from 'payload'

const name = process.argv[2]
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name-in-kebab-case>')
  process.exit(2)
}

process.env.PAYLOAD_MIGRATING = 'true'
for (const databaseUrl of ['', 'postgres://unused@127.0.0.1/unused']) {
  process.env.DATABASE_URL = databaseUrl
  // A fresh module instance per adapter: the config reads DATABASE_URL when it is evaluated.
  const { default: config } = await import(`../src/cms/payload.config.ts?adapter=${databaseUrl ? 'postgres' : 'sqlite'}`)
  const payload = await getPayload({ config, disableDBConnect: true, key: databaseUrl || 'sqlite' } as Parameters<typeof getPayload>[0])
  await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
}
process.exit(0)
