import type { Migration, Payload } from 'payload'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { usesPostgres } from './db'

/** Runs pending migrations without the CLI, which can wait for a y/N answer forever. */
export async function applyMigrations(payload: Payload): Promise<void> {
  // Each adapter types its own migration arguments; Payload's list type is the common denominator.
  const migrations = (usesPostgres() ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
  await payload.db.migrate({ migrations })
}
