import type { Client, InStatement, InValue } from '@libsql/client'
import { localeCodes } from '../content/locales'
import type { SearchEngine } from './engine'
import { ftsMatch } from './fts-query'
import { stemmerFor } from './text/stem'
import { queryTokens, tokenize } from './text/fold'
import { type FacetCount, facetNames, type IndexDocument, MATCH_START, type SearchFacet, type SearchQuery, type SearchResponse } from './types'

const LOCALE_SLOTS = 16
const docRowid = (key: string) => ({ sql: 'SELECT rowid FROM search_documents WHERE doc_key = ?', args: [key] })

function stemsOf(text: string, locale: string): string {
  const stem = stemmerFor(locale)
  return tokenize(text).map(stem).join(' ')
}

export class SqliteSearchEngine implements SearchEngine {
  constructor(private readonly client: Client) {}

  async upsert(docs: IndexDocument[]): Promise<void> {
    await this.client.batch(
      docs.flatMap((doc) => this.upsertStatements(doc)),
      'write',
    )
  }

  private upsertStatements(doc: IndexDocument): InStatement[] {
    const statements: InStatement[] = [
      ...this.deletions(doc.key),
      {
        sql: `INSERT INTO search_documents (doc_key, type, kind, slug, path, audience, date, title_json, summary_json, place_json)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [doc.key, doc.type, doc.kind, doc.slug, doc.path, doc.audience, doc.date, JSON.stringify(doc.title), JSON.stringify(doc.summary), JSON.stringify(doc.place)],
      },
    ]
    const themes = doc.themeLabels.join(' · ')
    const themeStems = localeCodes.map((l) => stemsOf(themes, l)).join(' ')
    localeCodes.forEach((locale, slot) => {
      const title = doc.title[locale]
      const body = doc.body[locale]
      if (!title && !body) return
      statements.push({
        sql: `INSERT INTO search_fts (rowid, title, body, stems, themes, locale)
              VALUES ((SELECT rowid FROM search_documents WHERE doc_key = ?) * ${LOCALE_SLOTS} + ?, ?, ?, ?, ?, ?)`,
        args: [doc.key, slot, title ?? '', body ?? '', `${stemsOf(`${title ?? ''} ${body ?? ''}`, locale)} ${themeStems}`, themes, locale],
      })
    })
    const facetRows = Object.entries(doc.facets).flatMap(([facet, values]) => [...new Set(values)].map((value) => [facet, value]))
    statements.push({
      sql: `INSERT INTO search_facets (doc_rowid, facet, value)
            SELECT (SELECT rowid FROM search_documents WHERE doc_key = ?), json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)`,
      args: [doc.key, JSON.stringify(facetRows)],
    })
    // Only public words may come back as spelling suggestions.
    const terms = doc.audience === 'public' ? [...new Set(tokenize(`${Object.values(doc.title).join(' ')} ${Object.values(doc.body).join(' ')}`))] : []
    statements.push({ sql: 'INSERT OR IGNORE INTO search_terms (term) SELECT value FROM json_each(?)', args: [JSON.stringify(terms)] })
    return statements
  }

  private deletions(key: string): InStatement[] {
    const rowid = `(${docRowid(key).sql})`
    return [
      // A NULL bound (a document not indexed yet) would make FTS5 scan the whole table; -1 matches nothing, fast.
      { sql: `DELETE FROM search_fts WHERE rowid >= coalesce(${rowid} * ${LOCALE_SLOTS}, -1) AND rowid < coalesce((${rowid} + 1) * ${LOCALE_SLOTS}, -1)`, args: [key, key] },
      { sql: `DELETE FROM search_facets WHERE doc_rowid = ${rowid}`, args: [key] },
      { sql: 'DELETE FROM search_documents WHERE doc_key = ?', args: [key] },
    ]
  }

  async remove(key: string): Promise<void> {
    await this.client.batch(this.deletions(key), 'write')
  }

  async clear(): Promise<void> {
    await this.client.batch(['DELETE FROM search_fts', 'DELETE FROM search_facets', 'DELETE FROM search_documents', 'DELETE FROM search_terms'], 'write')
  }

  async termsStartingWith(prefix: string, limit: number): Promise<string[]> {
    const { rows } = await this.client.execute({ sql: 'SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?', args: [prefix, `${prefix}\uffff`, limit] })
    return rows.map((r) => String(r.term))
  }

  async keysWithFacet(facet: string, value: string): Promise<string[]> {
    const { rows } = await this.client.execute({
      sql: 'SELECT d.doc_key FROM search_facets f JOIN search_documents d ON d.rowid = f.doc_rowid WHERE f.facet = ? AND f.value = ?',
      args: [facet, value],
    })
    return rows.map((r) => String(r.doc_key))
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    const tokens = queryTokens(query.q)
    const match = tokens.length ? ftsMatch(tokens) : null
    const args: InValue[] = []
    // bm25() may not run inside an aggregate, so the scores are materialised first.
    const hits = match
      ? `scored AS MATERIALIZED (
          SELECT rowid / ${LOCALE_SLOTS} AS doc_rowid, bm25(search_fts, 10.0, 2.0, 1.0, 4.0) AS score FROM search_fts WHERE search_fts MATCH ?
        ), hits AS (SELECT doc_rowid, min(score) AS rank FROM scored GROUP BY doc_rowid)`
      : 'hits AS (SELECT rowid AS doc_rowid, 0 AS rank FROM search_documents)'
    if (match) args.push(match)
    const conditions = [query.includeMembersOnly ? '1 = 1' : "d.audience = 'public'"]
    if (query.scope) {
      conditions.push('d.type = ?')
      args.push(query.scope)
    }
    for (const facet of facetNames) {
      const value = query.filters[facet]
      if (!value) continue
      conditions.push('EXISTS (SELECT 1 FROM search_facets f WHERE f.doc_rowid = d.rowid AND f.facet = ? AND f.value = ?)')
      args.push(facet, value)
    }
    const filtered = `WITH ${hits}, filtered AS (
        SELECT d.rowid AS rowid, d.doc_key, d.kind, d.path, d.audience, d.date, d.title_json, d.summary_json, d.place_json, h.rank
        FROM hits h JOIN search_documents d ON d.rowid = h.doc_rowid WHERE ${conditions.join(' AND ')})`
    const order =
      query.sort === 'date'
        ? 'date DESC, rank'
        : query.sort === 'title'
          ? `lower(coalesce(json_extract(title_json, '$.${query.locale}'), json_extract(title_json, '$.en'))), date DESC`
          : match
            ? 'rank, date DESC'
            : 'date DESC'
    const [page, facetRows] = await this.client.batch(
      [
        {
          sql: `${filtered} SELECT *, count(*) OVER () AS total FROM filtered ORDER BY ${order} LIMIT ? OFFSET ?`,
          args: [...args, query.pageSize, (query.page - 1) * query.pageSize],
        },
        { sql: `${filtered} SELECT f.facet, f.value, count(*) AS n FROM filtered JOIN search_facets f ON f.doc_rowid = filtered.rowid GROUP BY f.facet, f.value`, args },
      ],
      'read',
    )
    const docs = page.rows
    const snippets =
      match && docs.length
        ? await this.snippets(
            match,
            docs.map((d) => Number(d.rowid)),
          )
        : new Map()
    const facets = Object.fromEntries(facetNames.map((f) => [f, [] as FacetCount[]])) as Record<SearchFacet, FacetCount[]>
    for (const row of facetRows.rows) facets[row.facet as SearchFacet]?.push({ value: String(row.value), count: Number(row.n) })
    return {
      total: docs.length ? Number(docs[0].total) : 0,
      facets,
      hits: docs.map((d) => toHit(d, query.locale, snippets.get(Number(d.rowid)) ?? [])),
    }
  }

  private async snippets(match: string, rowids: number[]): Promise<Map<number, MatchedRow[]>> {
    // Exact rowids let FTS5 compute snippets for these rows only, not for every match.
    const ranges = `rowid IN (${rowids.flatMap((r) => localeCodes.map((_, slot) => r * LOCALE_SLOTS + slot)).join(',')})`
    const { rows } = await this.client.execute({
      sql: `SELECT rowid / ${LOCALE_SLOTS} AS doc_rowid, locale,
              highlight(search_fts, 0, char(1), char(2)) AS title,
              snippet(search_fts, 1, char(1), char(2), '…', 24) AS snippet
            FROM search_fts WHERE search_fts MATCH ? AND ${ranges} ORDER BY rank`,
      args: [match],
    })
    const byDoc = new Map<number, MatchedRow[]>()
    for (const row of rows) {
      const list = byDoc.get(Number(row.doc_rowid)) ?? []
      list.push({ locale: String(row.locale), title: String(row.title), snippet: String(row.snippet) })
      byDoc.set(Number(row.doc_rowid), list)
    }
    return byDoc
  }
}

type MatchedRow = { locale: string; title: string; snippet: string }
type DocRow = Record<string, unknown>

/** Shows the visitor's language where the document has it, else the language that matched. */
export function toHit(d: DocRow, locale: string, matched: MatchedRow[]) {
  const titles = JSON.parse(String(d.title_json)) as Record<string, string>
  const summaries = JSON.parse(String(d.summary_json)) as Record<string, string>
  const places = JSON.parse(String(d.place_json ?? '{}')) as Record<string, string>
  const own = matched.find((m) => m.locale === locale)
  const best = own ?? matched[0]
  const titleLang = titles[locale] ? locale : (best?.locale ?? Object.keys(titles)[0] ?? 'en')
  const titleText = own && own.title.includes(MATCH_START) ? own.title : (titles[titleLang] ?? '')
  const withMatch = matched.find((m) => m.locale === locale && m.snippet.includes(MATCH_START)) ?? matched.find((m) => m.snippet.includes(MATCH_START))
  const summaryLang = summaries[locale] ? locale : Object.keys(summaries)[0]
  const snippet = withMatch
    ? { text: withMatch.snippet, lang: withMatch.locale }
    : summaryLang && summaries[summaryLang]
      ? { text: summaries[summaryLang], lang: summaryLang }
      : null
  return {
    key: String(d.doc_key),
    kind: String(d.kind),
    path: String(d.path),
    date: d.date ? String(d.date) : null,
    title: { text: titleText, lang: titleLang },
    snippet,
    place: places[locale] ?? places.en ?? null,
    membersOnly: d.audience === 'members',
  }
}
