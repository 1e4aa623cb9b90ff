import type { SearchParams } from '../../services/search/search-params'

const order: (keyof SearchParams)[] = ['q', 'type', 'theme', 'region', 'country', 'sector', 'language', 'sort', 'page']

/** A search address with some parameters changed; one order, so equal searches share a cache entry. */
export function searchHref(base: string, params: SearchParams, changes: Partial<Record<keyof SearchParams, string | number | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...params, ...changes }
  // Any change other than the page starts again from page one.
  if (!('page' in changes)) delete merged.page
  const query = new URLSearchParams()
  for (const key of order) {
    const value = merged[key]
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) query.set(key, String(value))
  }
  const q = query.toString()
  return q ? `${base}?${q}` : base
}
