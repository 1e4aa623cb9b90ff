import { randomBytes } from 'node:crypto'
import pg from 'pg'

export type FreshDatabase = { url: string; drop: () => Promise<void> }

/** One connection to the server `baseUrl` points at, for CREATE and DROP DATABASE. */
export async function onServer<T>(baseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** `baseUrl` with another database name. */
export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * An empty PostgreSQL database next to the one DATABASE_URL names, for a
 * server that must start from nothing (two instances migrating at once,
 * say); the rest start from the template. Dropped again by `drop`.
 */
export async function createFreshPostgresDatabase(baseUrl = process.env.DATABASE_URL!): Promise<FreshDatabase> {
  const url = new URL(baseUrl)
  const name = `${url.pathname.slice(1) || 'hub'}_${randomBytes(4).toString('hex')}`
  await onServer(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`))
  return {
    url: databaseUrl(baseUrl, name),
    drop: () => onServer(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  }
}
