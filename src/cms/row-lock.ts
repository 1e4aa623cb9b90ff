import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { usesPostgres } from './db'

type Session = { db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }

// SQLite: one process owns the file, so it orders its own work, one run per key at a time.
const inProcess = new Map<string, Promise<unknown>>()

function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (inProcess.get(key) ?? Promise.resolve()).catch(() => undefined).then(work)
  const settled = run.catch(() => undefined)
  inProcess.set(key, settled)
  void settled.then(() => {
    if (inProcess.get(key) === settled) inProcess.delete(key)
  })
  return run
}

/**
 * Runs `work` with the event's row locked, for work that reads and then
 * writes what the event allows (its places). On PostgreSQL, `work` runs in a
 * transaction that first takes `SELECT … FOR UPDATE` on the event: every
 * instance's registration for that event waits for the one before it to
 * commit, and reads what it committed. Its writes must pass the `req` they
 * are given, so they belong to that transaction; it commits when `work`
 * returns and rolls back when it throws.
 */
export async function withEventLocked<T>(payload: Payload, eventId: number, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  if (!usesPostgres()) return oneAtATime(`event:${eventId}`, () => work(req))
  const id = await payload.db.beginTransaction()
  if (id === null) throw new Error('PostgreSQL gave no transaction for the event lock')
  req.transactionID = id
  try {
    const session = (payload.db as unknown as { sessions: Record<string | number, Session> }).sessions[id]
    await session.db.execute(sql`SELECT "id" FROM "events" WHERE "id" = ${eventId} FOR UPDATE`)
    const value = await work(req)
    await payload.db.commitTransaction(id)
    return value
  } catch (error) {
    await payload.db.rollbackTransaction(id)
    throw error
  }
}
