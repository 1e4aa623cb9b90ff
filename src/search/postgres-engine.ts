import type { Pool, PoolClient } from 'pg'
import { localeCodes } from '../content/locales'
import type { SearchEngine } from './engine'
import { toHit } from './sqlite-engine'
import { allStems, stemmerFor } from './text/stem'
import { queryTokens, tokenize } from './text/fold'
import { type FacetCount, facetNames, type IndexDocument, MATCH_END, MATCH_START, type SearchFacet, type SearchQuery, type SearchResponse } from './types'

/** PostgreSQL's own stemmer per content language; other languages match on words. */
const configFor = (locale: string) => ({ en: 'hub_english', fr: 'hub_french', ar: 'hub_arabic' })[locale] ?? 'hub_simple'
const queryConfigs = ['hub_simple', ...new Set(localeCodes.map(configFor))]

export class PostgresSearchEngine implements SearchEngine {
  constructor(private readonly pool: Pool) {}

  async upsert(docs: IndexDocument[]): Promise<void> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      for (const doc of docs) await this.write(client, doc)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    } finally {
      client.release()
    }
  }

  private async write(client: PoolClient, doc: IndexDocument): Promise<void> {
    await client.query('DELETE FROM search_documents WHERE doc_key = $1', [doc.key])
    const { rows } = await client.query(
      `INSERT INTO search_documents (doc_key, type, kind, slug, path, audience, date, title_json, summary_json, place_json)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [doc.key, doc.type, doc.kind, doc.slug, doc.path, doc.audience, doc.date, doc.title, doc.summary, doc.place],
    )
    const id = rows[0].id as number
    const themes = doc.themeLabels.join(' · ')
    for (const locale of localeCodes) {
      const title = doc.title[locale] ?? ''
      const body = doc.body[locale] ?? ''
      if (!title && !body) continue
      const stems = tokenize(`${title} ${body}`).map(stemmerFor(locale)).join(' ')
      await client.query(
        `INSERT INTO search_rows (doc_id, locale, cfg, title, body, tsv) VALUES ($1, $2, $3::regconfig, $4, $5,
           setweight(to_tsvector($3::regconfig, $4), 'A') || setweight(to_tsvector('hub_simple', $6), 'B')
           || setweight(to_tsvector('hub_simple', $7), 'C') || setweight(to_tsvector($3::regconfig, $5), 'D'))`,
        [id, locale, configFor(locale), title, body, themes, stems],
      )
    }
    const facetRows = Object.entries(doc.facets).flatMap(([facet, values]) => [...new Set(values)].map((v) => [facet, v]))
    if (facetRows.length) {
      await client.query('INSERT INTO search_facets (doc_id, facet, value) SELECT $1, f, v FROM unnest($2::text[], $3::text[]) AS t(f, v)', [
        id,
        facetRows.map((r) => r[0]),
        facetRows.map((r) => r[1]),
      ])
    }
    // Only public words may come back as spelling suggestions.
    const terms = doc.audience === 'public' ? [...new Set(tokenize(`${Object.values(doc.title).join(' ')} ${Object.values(doc.body).join(' ')}`))] : []
    if (terms.length) await client.query('INSERT INTO search_terms (term) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [terms])
  }

  async remove(key: string): Promise<void> {
    await this.pool.query('DELETE FROM search_documents WHERE doc_key = $1', [key])
  }

  async clear(): Promise<void> {
    await this.pool.query('TRUNCATE search_documents, search_rows, search_facets, search_terms')
  }

  async termsStartingWith(prefix: string, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query('SELECT term FROM search_terms WHERE term >= $1 AND term < $2 LIMIT $3', [prefix, `${prefix}\uffff`, limit])
    return rows.map((r) => r.term as string)
  }

  async keysWithFacet(facet: string, value: string): Promise<string[]> {
    const { rows } = await this.pool.query('SELECT d.doc_key FROM search_facets f JOIN search_documents d ON d.id = f.doc_id WHERE f.facet = $1 AND f.value = $2', [facet, value])
    return rows.map((r) => r.doc_key as string)
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    const tokens = queryTokens(query.q)
    const params: unknown[] = []
    const param = (value: unknown) => {
      params.push(value)
      return `$${params.length}`
    }
    // Each word, in any of our languages' stemmers or ours, must match; the last one as a prefix.
    const tsquery = tokens
      .map((token, i) => {
        const suffix = i === tokens.length - 1 ? ':*' : ''
        const forms = [
          ...queryConfigs.map((cfg) => `to_tsquery('${cfg}', ${param(token + suffix)})`),
          ...allStems(token).map((stem) => `to_tsquery('hub_simple', ${param(stem + suffix)})`),
        ]
        return `(${forms.join(' || ')})`
      })
      .join(' && ')
    const hits = tokens.length
      ? `SELECT r.doc_id, max(ts_rank(r.tsv, q.query)) AS score FROM search_rows r, q WHERE r.tsv @@ q.query GROUP BY r.doc_id`
      : 'SELECT id AS doc_id, 0::real AS score FROM search_documents'
    const conditions = [query.includeMembersOnly ? 'true' : "d.audience = 'public'"]
    if (query.scope) conditions.push(`d.type = ${param(query.scope)}`)
    for (const facet of facetNames) {
      const value = query.filters[facet]
      if (value) conditions.push(`EXISTS (SELECT 1 FROM search_facets f WHERE f.doc_id = d.id AND f.facet = ${param(facet)} AND f.value = ${param(value)})`)
    }
    const filtered = `WITH q AS (SELECT ${tsquery || "''::tsquery"} AS query), hits AS (${hits}), filtered AS (
        SELECT d.id, d.doc_key, d.kind, d.path, d.audience, d.date, d.title_json, d.summary_json, d.place_json, h.score
        FROM hits h JOIN search_documents d ON d.id = h.doc_id WHERE ${conditions.join(' AND ')})`
    const order =
      query.sort === 'date'
        ? 'date DESC NULLS LAST, score DESC'
        : query.sort === 'title'
          ? `lower(coalesce(title_json->>${param(query.locale)}, title_json->>'en')), date DESC`
          : tokens.length
            ? 'score DESC, date DESC NULLS LAST'
            : 'date DESC NULLS LAST'
    const pageParams = [...params]
    const limit = `LIMIT ${Number(query.pageSize)} OFFSET ${(query.page - 1) * query.pageSize}`
    const [page, facetRows] = await Promise.all([
      this.pool.query(`${filtered} SELECT *, count(*) OVER () AS total FROM filtered ORDER BY ${order} ${limit}`, pageParams),
      this.pool.query(
        `${filtered} SELECT f.facet, f.value, count(*) AS n FROM filtered JOIN search_facets f ON f.doc_id = filtered.id GROUP BY f.facet, f.value`,
        pageParams.slice(0, query.sort === 'title' ? -1 : undefined),
      ),
    ])
    const facets = Object.fromEntries(facetNames.map((f) => [f, [] as FacetCount[]])) as Record<SearchFacet, FacetCount[]>
    for (const row of facetRows.rows) facets[row.facet as SearchFacet]?.push({ value: row.value, count: Number(row.n) })
    const snippets = new Map<number, { locale: string; title: string; snippet: string }[]>()
    if (tokens.length && page.rows.length) {
      const ids = page.rows.map((r) => r.id)
      const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`
      const { rows } = await this.pool.query(
        `WITH q AS (SELECT ${tsquery} AS query)
         SELECT r.doc_id, r.locale, ts_headline(r.cfg, r.title, q.query, '${options}, HighlightAll=true') AS title,
                ts_headline(r.cfg, r.body, q.query, '${options}, MaxWords=40, MinWords=15') AS snippet
         FROM search_rows r, q WHERE r.doc_id = ANY($${countTsqueryParams(tokens) + 1}::int[]) AND r.tsv @@ q.query ORDER BY ts_rank(r.tsv, q.query) DESC`,
        [...params.slice(0, countTsqueryParams(tokens)), ids],
      )
      for (const row of rows) {
        const list = snippets.get(row.doc_id) ?? []
        list.push({ locale: row.locale, title: row.title, snippet: row.snippet })
        snippets.set(row.doc_id, list)
      }
    }
    return {
      total: page.rows.length ? Number(page.rows[0].total) : 0,
      facets,
      hits: page.rows.map((d) =>
        toHit(
          {
            ...d,
            title_json: JSON.stringify(d.title_json),
            summary_json: JSON.stringify(d.summary_json),
            place_json: JSON.stringify(d.place_json),
            date: d.date ? new Date(d.date).toISOString() : null,
          },
          query.locale,
          snippets.get(d.id) ?? [],
        ),
      ),
    }
  }
}

function countTsqueryParams(tokens: string[]): number {
  return tokens.reduce((n, token) => n + queryConfigs.length + allStems(token).length, 0)
}
