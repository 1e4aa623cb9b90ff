import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { searchEngine } from '../../search/engine'
import { nearSpelling } from '../../search/suggest'
import { type FacetCount, facetNames, type SearchFacet, type SearchHit, type SearchQuery } from '../../search/types'
import { type FacetLabeler, facetLabeler } from './facet-labels'
import { cachedSearch } from './result-cache'
import { type FileFacts, fileFactsByKey } from '../resources/file-facts'
import type { SearchParams } from './search-params'

export const PAGE_SIZE = 20

export type LabelledFacet = { name: SearchFacet; selected: string | null; options: (FacetCount & { label: string })[] }

/** A hit as lists show it: a resource's file has its format and size, to judge the download by. */
export type ListedHit = SearchHit & { file: FileFacts | null }

export type SearchOutcome = {
  query: SearchQuery
  total: number
  pages: number
  hits: ListedHit[]
  facets: LabelledFacet[]
  label: FacetLabeler
  /** A near spelling that does find something, when nothing matched. */
  suggestion: string | null
}

/**
 * One search, as the public may see it: published documents only, and
 * members-only ones only for members (the engine drops them from results,
 * counts and snippets alike).
 */
export async function runSearch(
  payload: Payload,
  params: SearchParams,
  options: { locale: Locale; scope?: string; defaultSort: SearchQuery['sort']; includeMembersOnly: boolean; typeLabel: (type: string) => string },
): Promise<SearchOutcome> {
  const engine = searchEngine(payload)
  const filters = Object.fromEntries(facetNames.filter((f) => params[f]).map((f) => [f, params[f]!]))
  const query: SearchQuery = {
    q: params.q?.trim() ?? '',
    locale: options.locale,
    filters,
    sort: params.sort ?? (params.q?.trim() ? 'relevance' : options.defaultSort),
    page: params.page ?? 1,
    pageSize: PAGE_SIZE,
    scope: options.scope,
    includeMembersOnly: options.includeMembersOnly,
  }
  const { label, isPublic } = await facetLabeler(payload, options.locale, options.typeLabel)
  const { result, hits, suggestion } = await cachedSearch(JSON.stringify(query), async () => {
    const result = await engine.search(query)
    const files = await fileFactsByKey(
      payload,
      result.hits.map((h) => h.key),
    )
    const hits = result.hits.map((h) => ({ ...h, file: files.get(h.key) ?? null }))
    let suggestion: string | null = null
    if (result.total === 0 && query.q) {
      const candidate = await nearSpelling(engine, query.q)
      if (candidate && (await engine.search({ ...query, q: candidate, filters: {}, page: 1 })).total > 0) suggestion = candidate
    }
    return { result, hits, suggestion }
  })
  const facets = facetNames.map((name) => ({
    name,
    selected: filters[name] ?? null,
    options: result.facets[name]
      .filter((f) => isPublic(name, f.value))
      .map((f) => ({ ...f, label: label(name, f.value) }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, options.locale)),
  }))
  return { query, total: result.total, pages: Math.max(1, Math.ceil(result.total / PAGE_SIZE)), hits, facets, label, suggestion }
}
