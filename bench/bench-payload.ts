import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * Payload for a bench process, migrated: on a fresh SQLite file of its own,
 * or on the database DATABASE_URL names. The adapter is chosen when the
 * config loads, so the file is set before the config is imported.
 */
export async function openBenchPayload(): Promise<Payload> {
  if (!process.env.DATABASE_URL) {
    const dir = mkdtempSync(path.join(tmpdir(), 'sch-bench-'))
    Object.assign(process.env, { SQLITE_FILE: path.join(dir, 'hub.db'), UPLOADS_DIR: dir })
  }
  const { getHubPayload } = await import('../src/cms/get-payload')
  const { applyMigrations } = await import('../src/cms/migrate')
  const payload = await getHubPayload()
  await applyMigrations(payload)
  return payload
}
