import type { InValue } from '@libsql/client'
import type { Payload } from 'payload'
import { rawConnection } from './db'

/**
 * One statement on the adapter's own connection, outside any transaction, for
 * the tables Payload's schema does not describe. Written once for both
 * databases with numbered parameters ($1, $2 …), which SQLite reads as ?1, ?2 ….
 */
export async function rawRows<T>(payload: Payload, text: string, args: (string | number)[]): Promise<T[]> {
  const connection = rawConnection(payload)
  if ('pool' in connection) return (await connection.pool.query(text, args)).rows as T[]
  const { rows } = await connection.client.execute({ sql: text.replace(/\$(\d+)/g, '?$1'), args: args as InValue[] })
  return rows as unknown as T[]
}
