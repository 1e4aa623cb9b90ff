import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
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
