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

/** Lets go of the database, so it can be dropped; Payload's own destroy leaves the PostgreSQL pool open. */
export async function closeServerPayload(payload: Payload): Promise<void> {
  await (payload.db as unknown as { pool?: { end: () => Promise<void> } }).pool?.end()
}
