import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import type { RichTextValue } from '../../content/rich-text'
import type { Term } from '../cities/types'
import { findPublished } from '../site/find-published'
import { terms } from '../site/terms'
import { type Picture, toPicture } from '../site/to-picture'
import { type ArticleSummary, toArticleSummary } from './list-news'
import { readingMinutes } from './reading-time'

export type Article = ArticleSummary & { body: RichTextValue | null; cities: Term[]; leadImage: Picture | null; readingMinutes: number }

export async function getArticle(payload: Payload, slug: string, locale: Locale): Promise<Article | null> {
  const { docs } = await findPublished(payload, 'news-articles', locale, { where: { slug: { equals: slug } }, depth: 1, limit: 1 })
  const [d] = docs
  if (!d) return null
  return { ...toArticleSummary(d), body: d.body ?? null, cities: terms(d.cities), leadImage: toPicture(d.leadImage, 'wide'), readingMinutes: readingMinutes(d.body) }
}
