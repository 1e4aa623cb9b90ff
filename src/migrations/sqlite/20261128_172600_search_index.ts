import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The search index lives outside Payload's schema: an FTS5 table with one
 * row per document language (rowid = document rowid * 16 + language slot),
 * facet values for counting, and the vocabulary for spelling suggestions.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE search_documents (
    rowid INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    kind TEXT NOT NULL,
    slug TEXT NOT NULL,
    path TEXT NOT NULL,
    audience TEXT NOT NULL,
    date TEXT,
    title_json TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    place_json TEXT NOT NULL
  )`)
  await db.run(sql`CREATE INDEX search_documents_type_date ON search_documents (type, date)`)
  await db.run(sql`CREATE TABLE search_facets (
    doc_rowid INTEGER NOT NULL,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (doc_rowid, facet, value)
  ) WITHOUT ROWID`)
  await db.run(sql`CREATE INDEX search_facets_value ON search_facets (facet, value, doc_rowid)`)
  await db.run(sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, stems, themes, locale UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
  )`)
  await db.run(sql`CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS search_terms`)
  await db.run(sql`DROP TABLE IF EXISTS search_fts`)
  await db.run(sql`DROP TABLE IF EXISTS search_facets`)
  await db.run(sql`DROP TABLE IF EXISTS search_documents`)
}
