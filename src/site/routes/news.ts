import { createElement } from 'react'
import { getArticle } from '../../services/news/get-article'
import { listNews } from '../../services/news/list-news'
import { listRegions } from '../../services/regions/list-regions'
import { listThemes } from '../../services/site/list-themes'
import { ArticlePage } from '../views/pages/ArticlePage'
import { NewsListPage } from '../views/pages/NewsListPage'
import { isSlug, ZNewsParamsSchema } from './list-params'
import { AppError } from '../../content/app-error'
import type { PageHandler } from './types'

export const newsListPage: PageHandler = async ({ payload, ctx, query }) => {
  const parsed = ZNewsParamsSchema.safeParse(query)
  if (!parsed.success) throw new AppError('invalid-input', { cause: parsed.error })
  const { page = 1, ...filter } = parsed.data
  const [news, themes, regions] = await Promise.all([listNews(payload, ctx.locale, filter, page), listThemes(payload, ctx.locale), listRegions(payload, ctx.locale)])
  if (page > 1 && page > news.totalPages) return null
  return createElement(NewsListPage, { ctx, ...news, filter, themes, regions: regions.map((r) => ({ slug: r.slug, label: r.name })) })
}

export const articlePage: PageHandler = async ({ payload, ctx, params }) => {
  if (!isSlug(params.slug)) return null
  const article = await getArticle(payload, params.slug, ctx.locale)
  return article ? createElement(ArticlePage, { ctx, article }) : null
}
