import pg from 'pg'
import { usesPostgres } from './db'

const LOCK = "hashtext('strong-cities-hub:start-up')"

/**
 * Several instances may start at once on one empty PostgreSQL database; run
 * concurrently, two migrations collide (`duplicate key … pg_type_typname_nsp_index`)
 * and two seeds write the demo twice. A session-level advisory lock, held on
 * a connection of its own, lets one instance prepare the database while the
 * others wait, then find it ready. SQLite is one file for one process and
 * needs no lock.
 */
export async function withStartupLock<T>(prepare: () => Promise<T>): Promise<T> {
  if (!usesPostgres()) return prepare()
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query(`SELECT pg_advisory_lock(${LOCK})`)
    return await prepare()
  } finally {
    // Closing the session releases the lock too; unlocking first just says so.
    await client.query(`SELECT pg_advisory_unlock(${LOCK})`).catch(() => undefined)
    await client.end()
  }
}
