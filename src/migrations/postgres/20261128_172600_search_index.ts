import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search index lives outside Payload's schema: one tsvector row per
 * document language (stemmed by that language's configuration, accents
 * removed), facet values for counting, and the vocabulary for suggestions.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS unaccent`)
  // Accent-insensitive copies of the stemming configurations: "mediterranee" meets
  // "Méditerranée", and ts_headline still highlights the accented original.
  for (const [name, base] of [['hub_simple', 'simple'], ['hub_english', 'english'], ['hub_french', 'french'], ['hub_arabic', 'arabic']]) {
    await db.execute(sql.raw(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${base})`))
    await db.execute(sql.raw(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${base === 'simple' ? 'simple' : `${base}_stem`}`))
  }
  await db.execute(sql`CREATE TABLE search_documents (
    id serial PRIMARY KEY,
    doc_key text NOT NULL UNIQUE,
    type text NOT NULL,
    kind text NOT NULL,
    slug text NOT NULL,
    path text NOT NULL,
    audience text NOT NULL,
    date timestamptz,
    title_json jsonb NOT NULL,
    summary_json jsonb NOT NULL,
    place_json jsonb NOT NULL
  )`)
  await db.execute(sql`CREATE INDEX search_documents_type_date ON search_documents (type, date)`)
  await db.execute(sql`CREATE TABLE search_rows (
    doc_id integer NOT NULL REFERENCES search_documents (id) ON DELETE CASCADE,
    locale text NOT NULL,
    cfg regconfig NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    tsv tsvector NOT NULL,
    PRIMARY KEY (doc_id, locale)
  )`)
  await db.execute(sql`CREATE INDEX search_rows_tsv ON search_rows USING gin (tsv)`)
  await db.execute(sql`CREATE TABLE search_facets (
    doc_id integer NOT NULL REFERENCES search_documents (id) ON DELETE CASCADE,
    facet text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (doc_id, facet, value)
  )`)
  await db.execute(sql`CREATE INDEX search_facets_value ON search_facets (facet, value, doc_id)`)
  await db.execute(sql`CREATE TABLE search_terms (term text PRIMARY KEY)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_terms, search_facets, search_rows, search_documents`)
  await db.execute(sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS hub_simple, hub_english, hub_french, hub_arabic`)
}
