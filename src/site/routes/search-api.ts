import type { Payload } from 'payload'
import { defaultLocale } from '../../content/locales'
import { AppError } from '../../content/app-error'
import { runSearch } from '../../services/search/run-search'
import { ZSearchParamsSchema } from '../../services/search/search-params'
import { MATCH_END, MATCH_START } from '../../search/types'
import { createTranslator } from '../../content/i18n/translate'
import type { Viewer } from './types'

/** Matched words as separate segments, so no client ever has to parse markup. */
function segments(text: string) {
  return text
    .split(MATCH_START)
    .flatMap((part, i) => {
      if (i === 0) return [{ text: part, match: false }]
      const [marked, rest = ''] = part.split(MATCH_END)
      return [
        { text: marked, match: true },
        { text: rest, match: false },
      ]
    })
    .filter((s) => s.text)
}

/** GET /api/search: the search page's results as JSON (see /api/search/openapi.json); malformed parameters throw `invalid-input`. */
export async function searchApi(payload: Payload, query: unknown, viewer: Viewer, origin: string): Promise<{ status: number; body: unknown }> {
  const parsed = ZSearchParamsSchema.safeParse(query)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message }))
    // `error` and `issues` as documented in /api/search/openapi.json.
    throw new AppError('invalid-input', { message: 'api.error.parameters', details: { error: 'invalid_parameters', issues }, cause: parsed.error })
  }
  const params = parsed.data
  const locale = params.locale ?? defaultLocale
  const t = createTranslator(locale)
  const outcome = await runSearch(payload, params, { locale, defaultSort: 'date', includeMembersOnly: viewer.member, typeLabel: (type) => t(`type.${type}`) })
  return {
    status: 200,
    body: {
      query: outcome.query.q,
      locale,
      sort: outcome.query.sort,
      page: outcome.query.page,
      pageSize: outcome.query.pageSize,
      total: outcome.total,
      suggestion: outcome.suggestion,
      results: outcome.hits.map((hit) => ({
        type: hit.kind,
        typeLabel: t(`type.${hit.kind}`),
        title: hit.title.text.replaceAll(MATCH_START, '').replaceAll(MATCH_END, ''),
        titleLanguage: hit.title.lang,
        url: `${origin}/${locale}${hit.path}`,
        place: hit.place,
        date: hit.date,
        snippet: hit.snippet ? segments(hit.snippet.text) : [],
        snippetLanguage: hit.snippet?.lang ?? null,
        membersOnly: hit.membersOnly,
      })),
      facets: Object.fromEntries(outcome.facets.map((f) => [f.name, f.options.map((o) => ({ value: o.value, label: o.label, count: o.count }))])),
    },
  }
}
