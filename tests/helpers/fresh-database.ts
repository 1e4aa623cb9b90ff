import { randomBytes } from 'node:crypto'
import pg from 'pg'

export type FreshDatabase = { url: string; drop: () => Promise<void> }

async function onServer<T>(baseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/**
 * An empty PostgreSQL database next to the one DATABASE_URL names, for a
 * server process of its own (the suite's own database is emptied per file,
 * which a running server must not see). Dropped again by `drop`.
 */
export async function createFreshPostgresDatabase(baseUrl = process.env.DATABASE_URL!): Promise<FreshDatabase> {
  const url = new URL(baseUrl)
  const name = `${url.pathname.slice(1) || 'hub'}_${randomBytes(4).toString('hex')}`
  await onServer(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`))
  const fresh = new URL(baseUrl)
  fresh.pathname = `/${name}`
  return {
    url: fresh.toString(),
    drop: () => onServer(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  }
}
