import type { Payload, Where } from 'payload'
import type { Locale } from '../../content/locales'
import type { Term } from '../cities/types'
import type { NewsType } from './news-types'
import type { NewsArticle } from '../../cms/payload-types'
import { findPublished } from '../site/find-published'
import { terms } from '../site/terms'
import { type Picture, toPicture } from '../site/to-picture'

export type ArticleSummary = {
  slug: string
  type: NewsType
  title: string
  summary: string
  publishedOn: string
  updatedAt: string
  author: string
  image: Picture | null
  themes: Term[]
  regions: Term[]
}

export type NewsFilter = { type?: string; theme?: string; region?: string; city?: string; youngCities?: boolean }

export function toArticleSummary(d: NewsArticle): ArticleSummary {
  return {
    slug: d.slug,
    type: d.type,
    title: d.title ?? d.slug,
    summary: d.summary ?? '',
    publishedOn: d.publishedOn,
    updatedAt: d.updatedAt,
    author: d.author ?? '',
    image: toPicture(d.leadImage, 'card'),
    themes: terms(d.themes),
    regions: terms(d.regions),
  }
}

function whereOf(filter: NewsFilter): Where {
  const and: Where[] = []
  if (filter.type) and.push({ type: { equals: filter.type } })
  if (filter.theme) and.push({ 'themes.slug': { equals: filter.theme } })
  if (filter.region) and.push({ 'regions.slug': { equals: filter.region } })
  if (filter.city) and.push({ 'cities.slug': { equals: filter.city } })
  if (filter.youngCities) and.push({ youngCities: { equals: true } })
  return { and }
}

/** Published articles, newest first, one page at a time. */
export async function listNews(payload: Payload, locale: Locale, filter: NewsFilter, page = 1, limit = 12) {
  const result = await findPublished(payload, 'news-articles', locale, { where: whereOf(filter), sort: '-publishedOn', depth: 1, limit, page })
  return { articles: result.docs.map(toArticleSummary), page: result.page ?? 1, totalPages: result.totalPages, total: result.totalDocs }
}
