import type { Payload } from 'payload'
import { rawConnection } from '../cms/db'
import { PostgresSearchEngine } from './postgres-engine'
import { SqliteSearchEngine } from './sqlite-engine'
import type { IndexDocument, SearchQuery, SearchResponse } from './types'

/** The full-text index: SQLite FTS5 by default, PostgreSQL full-text search with DATABASE_URL. */
export interface SearchEngine {
  /** Adds or replaces documents, all in one transaction. */
  upsert(docs: IndexDocument[]): Promise<void>
  remove(key: string): Promise<void>
  clear(): Promise<void>
  search(query: SearchQuery): Promise<SearchResponse>
  /** Indexed words that start like `prefix`, for "did you mean". */
  termsStartingWith(prefix: string, limit: number): Promise<string[]>
  /** Keys of indexed documents carrying a facet value, to re-index them when that value changes. */
  keysWithFacet(facet: string, value: string): Promise<string[]>
}

const engines = new WeakMap<Payload, SearchEngine>()

export function searchEngine(payload: Payload): SearchEngine {
  let engine = engines.get(payload)
  if (!engine) {
    const connection = rawConnection(payload)
    engine = 'pool' in connection ? new PostgresSearchEngine(connection.pool) : new SqliteSearchEngine(connection.client)
    engines.set(payload, engine)
  }
  return engine
}
