import path from 'node:path'
import type { Client } from '@libsql/client'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { settlingOnCommit } from './after-commit'

export function usesPostgres(): boolean {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
}

/** The SQLite file; tests point SQLITE_FILE at a temporary one. */
export function sqliteFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SQLITE_FILE ?? 'data/hub.db')
}

/**
 * Schema changes only ever come from migrations (`push: false`): dev push
 * would drop raw-SQL tables such as the search index. Commits settle what
 * their transaction changed (src/cms/after-commit.ts).
 */
export function databaseAdapter() {
  return usesPostgres() ? settlingOnCommit(postgres()) : settlingOnCommit(sqlite())
}

function postgres() {
  return postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    push: false,
    migrationDir: path.resolve(/*turbopackIgnore: true*/ 'src/migrations/postgres'),
  })
}

function sqlite() {
  return sqliteAdapter({
    client: { url: `file:${sqliteFile()}` },
    push: false,
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.resolve(/*turbopackIgnore: true*/ 'src/migrations/sqlite'),
  })
}

/**
 * The adapter's own connection, for the raw-SQL tables Payload's schema does
 * not describe (search index, rate limits). Payload types `payload.db` as the
 * common adapter, which hides both.
 */
export function rawConnection(payload: Payload): { pool: Pool } | { client: Client } {
  const db = payload.db as unknown as { pool?: Pool; client?: Client }
  return usesPostgres() ? { pool: db.pool! } : { client: db.client! }
}
