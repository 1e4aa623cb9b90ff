import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { databaseUrl, onServer } from './fresh-database'

/**
 * One seeded database per test run, copied for each test file and server:
 * SQLite as a file copy, PostgreSQL with CREATE DATABASE … TEMPLATE. Seeding
 * once instead of per file is most of what makes the suite fast.
 */
export type Template = { dir: string; database?: string }

/** Where the global setup tells the test workers about the template. */
const templateVariable = 'HUB_TEST_TEMPLATE'

export function currentTemplate(): Template | undefined {
  const value = process.env[templateVariable]
  return value ? (JSON.parse(value) as Template) : undefined
}

/** Names of this run's databases start with the suite's own database name and the run's id. */
const runPrefix = (baseUrl: string, runId: string) => `${new URL(baseUrl).pathname.slice(1) || 'hub'}_${runId}`

export async function buildTemplate(runId: string): Promise<{ template: Template; remove: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-template-'))
  const baseUrl = process.env.DATABASE_URL
  const env: Record<string, string> = { SQLITE_FILE: path.join(dir, 'hub.db'), UPLOADS_DIR: dir, MAIL_DIR: mkdtempSync(path.join(tmpdir(), 'sch-template-mail-')) }
  let database: string | undefined
  if (baseUrl) {
    database = `${runPrefix(baseUrl, runId)}_template`
    await onServer(baseUrl, (client) => client.query(`CREATE DATABASE "${database}"`))
    env.DATABASE_URL = databaseUrl(baseUrl, database)
  }
  await promisify(execFile)('npx', ['tsx', '--conditions=production', 'tests/helpers/build-template.ts'], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  })
  const template: Template = { dir, database }
  process.env[templateVariable] = JSON.stringify(template)
  return {
    template,
    // Per-file copies are dropped with the template: files do not clean up after themselves.
    remove: async () => {
      if (!baseUrl) return
      await onServer(baseUrl, async (client) => {
        const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [runPrefix(baseUrl, runId)])
        for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
      })
    },
  }
}

export type TemplateCopy = { dir: string; env: Record<string, string>; drop: () => Promise<void> }

/** A copy of the template of its own: the SQLite file and uploads, and on PostgreSQL a database. */
export async function copyTemplate(template: Template): Promise<TemplateCopy> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-copy-'))
  cpSync(template.dir, dir, { recursive: true })
  // No MAIL_DIR: where mail goes is the test's mailbox or the server's own folder, not part of the data.
  const env: Record<string, string> = { SQLITE_FILE: path.join(dir, 'hub.db'), UPLOADS_DIR: dir }
  const baseUrl = process.env.DATABASE_URL
  if (!template.database || !baseUrl) return { dir, env, drop: async () => undefined }
  const name = `${template.database.replace(/_template$/, '')}_${randomBytes(4).toString('hex')}`
  await onServer(baseUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.database}"`))
  return {
    dir,
    env: { ...env, DATABASE_URL: databaseUrl(baseUrl, name) },
    drop: () => onServer(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  }
}
