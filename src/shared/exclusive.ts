import type { Payload } from 'payload'
import { rawConnection } from '../cms/db'

export type Exclusive<T> = { held: true; value: T } | { held: false }

/**
 * Runs `work` only if no other instance is running work of the same name,
 * for the runners that must do a thing exactly once (a mail, a newsletter
 * issue). On PostgreSQL this is an advisory lock on a connection of its own:
 * PostgreSQL frees it the moment its holder dies, so a killed instance never
 * blocks the others. SQLite serves one process, which orders its own work.
 */
export async function ifNoOneElse<T>(payload: Payload, name: string, work: () => Promise<T>): Promise<Exclusive<T>> {
  const connection = rawConnection(payload)
  if (!('pool' in connection)) return { held: true, value: await work() }
  const client = await connection.pool.connect()
  try {
    const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS held', [name])
    if (!rows[0].held) return { held: false }
    try {
      return { held: true, value: await work() }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name])
    }
  } finally {
    client.release()
  }
}
