import type { Payload } from 'payload'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { usesPostgres } from './db'

/** Runs pending migrations without the CLI, which can wait for a y/N answer forever. */
export async function applyMigrations(payload: Payload): Promise<void> {
  await payload.db.migrate({ migrations: usesPostgres() ? postgresMigrations : sqliteMigrations })
}
