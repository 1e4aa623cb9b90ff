import { createElement } from 'react'
import { getResource } from '../../services/resources/get-resource'
import { isMembersOnly } from '../../services/site/is-members-only'
import { runSearch } from '../../services/search/run-search'
import { ZSearchParamsSchema } from '../../services/search/search-params'
import { ResourcePage } from '../views/pages/ResourcePage'
import { SearchPage } from '../views/pages/SearchPage'
import { AppError } from '../../content/app-error'
import type { PageHandler } from './types'
import { siteReader } from '../viewer'

function parseParams(query: Record<string, unknown>) {
  const parsed = ZSearchParamsSchema.safeParse(query)
  if (!parsed.success) throw new AppError('invalid-input', { cause: parsed.error })
  return parsed.data
}

export const searchPage: PageHandler = async ({ payload, ctx, query, viewer, assets }) => {
  const params = parseParams(query)
  const outcome = await runSearch(payload, params, {
    locale: ctx.locale,
    defaultSort: 'date',
    includeMembersOnly: viewer.member,
    typeLabel: (type) => ctx.t(`type.${type}`),
  })
  return createElement(SearchPage, { ctx, mode: 'search', params, outcome, script: assets.searchScript })
}

export const libraryPage: PageHandler = async ({ payload, ctx, query, viewer, assets }) => {
  const params = parseParams(query)
  const outcome = await runSearch(payload, params, {
    locale: ctx.locale,
    scope: 'resource',
    defaultSort: 'date',
    includeMembersOnly: viewer.member,
    typeLabel: (type) => ctx.t(`type.${type}`),
  })
  return createElement(SearchPage, { ctx, mode: 'library', params, outcome, script: assets.searchScript })
}

export const resourcePage: PageHandler = async ({ payload, ctx, params, viewer }) => {
  if (!/^[a-z0-9-]{1,80}$/.test(params.slug)) return null
  const resource = await getResource(payload, params.slug, ctx.locale, siteReader(viewer))
  if (resource) return createElement(ResourcePage, { ctx, resource })
  if (!viewer.member && (await isMembersOnly(payload, 'resources', params.slug))) throw new AppError('members-only')
  return null
}
