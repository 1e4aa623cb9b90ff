import type { Locale } from '../content/locales'

export const facetNames = ['type', 'theme', 'region', 'country', 'sector', 'language'] as const
export type SearchFacet = (typeof facetNames)[number]

/** What a content type hands to the index: one document, its text per language and its facets. */
export type IndexDocument = {
  /** "collection:id", unique across the index. */
  key: string
  /** What kind of document this is ("city", "resource"): the scope of a search. */
  type: string
  /** What to call it in a result, e.g. "city" or "case-study". */
  kind: string
  slug: string
  /** Address without the locale prefix, e.g. "/cities/rotterdam". */
  path: string
  audience: 'public' | 'members'
  date: string | null
  title: Partial<Record<Locale, string>>
  /** The searchable text of each language version. */
  body: Partial<Record<Locale, string>>
  /** Short text shown when there is no matched snippet. */
  summary: Partial<Record<Locale, string>>
  /** City or country label per language, shown with the result. */
  place: Partial<Record<Locale, string>>
  /** Labels of the document's themes in every language: a search in any language finds it. */
  themeLabels: string[]
  facets: Partial<Record<SearchFacet, string[]>>
}

export type SearchQuery = {
  q: string
  locale: Locale
  filters: Partial<Record<SearchFacet, string>>
  sort: 'relevance' | 'date' | 'title'
  page: number
  pageSize: number
  /** Only this kind of document ("city", "resource"), e.g. for the library. */
  scope?: string
  /** Whether members-only documents may be returned. */
  includeMembersOnly: boolean
}

export type SearchHit = {
  key: string
  kind: string
  path: string
  date: string | null
  title: { text: string; lang: string }
  /** Text with matches between \u0001 and \u0002. */
  snippet: { text: string; lang: string } | null
  place: string | null
  /** A members-only resource: only members get it, and lists mark it. */
  membersOnly: boolean
}

export type FacetCount = { value: string; count: number }

export type SearchResponse = {
  total: number
  hits: SearchHit[]
  facets: Record<SearchFacet, FacetCount[]>
}

export const MATCH_START = '\u0001'
export const MATCH_END = '\u0002'
