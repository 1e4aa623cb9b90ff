import type { CollectionSlug, Payload, Where } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'

export type Doc = Record<string, any>

type Options = { where?: Where; sort?: string; depth?: number; limit?: number; page?: number }

/**
 * What an anonymous visitor may read, in one language with English filling
 * the gaps. Access rules run as for the public, so drafts never leak into
 * pages, feeds, exports or the sitemap.
 */
export async function findPublished(payload: Payload, collection: CollectionSlug, locale: Locale, { where, sort, depth = 1, limit, page }: Options = {}) {
  return payload.find({
    collection,
    locale,
    fallbackLocale: defaultLocale,
    overrideAccess: false,
    draft: false,
    where,
    sort,
    depth,
    ...(limit ? { limit, page } : { pagination: false }),
  })
}

/** Related documents the visitor may not read arrive as bare ids; keep the readable ones. */
export const readable = (value: unknown): Doc[] => (Array.isArray(value) ? value.filter((v) => v && typeof v === 'object') : [])

export const readableOne = (value: unknown): Doc | null => (value && typeof value === 'object' ? (value as Doc) : null)
