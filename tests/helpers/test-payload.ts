import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * A real Payload on a real database: a fresh SQLite file per test file, or,
 * when DATABASE_URL points at PostgreSQL, that database emptied first.
 * Migrations run exactly as in production.
 */
export async function createTestPayload(): Promise<Payload> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-int-'))
  process.env.UPLOADS_DIR = dir
  if (!process.env.DATABASE_URL) process.env.SQLITE_FILE = path.join(dir, 'hub.db')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/cms/payload.config')
  const payload = await getPayload({ config })
  if (process.env.DATABASE_URL) {
    await (payload.db as unknown as { dropDatabase: (a: { adapter: unknown }) => Promise<void> }).dropDatabase({ adapter: payload.db })
  }
  const { applyMigrations } = await import('../../src/cms/migrate')
  await applyMigrations(payload)
  return payload
}
