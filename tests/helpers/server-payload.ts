import type { Payload } from 'payload'
import type { ServerData } from './start-server'

/**
 * Payload's Local API in the test process, on the database of servers
 * started with `data`: to set up and check what those servers stored.
 * Call it once per test file, after a server has migrated that database.
 */
export async function openServerPayload(data: ServerData): Promise<Payload> {
  Object.assign(process.env, data.env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/cms/payload.config')
  return getPayload({ config })
}

type Pool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }

/**
 * Lets go of the database, so it can be dropped; Payload's own destroy leaves
 * the PostgreSQL pool open. A connection the pool still lends out would make
 * `end` wait forever, so it waits a few seconds at most: the database is
 * dropped WITH (FORCE) next, which closes whatever is left, and the pool is
 * told to expect that.
 */
export async function closeServerPayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return
  pool.on('error', () => undefined)
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 5_000))])
}
