import type { CollectionSlug, DataFromCollectionSlug, PaginatedDocs, Payload, Where } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'

type Options = { where?: Where; sort?: string; depth?: number; limit?: number; page?: number }

/**
 * What an anonymous visitor may read, in one language with English filling
 * the gaps. Access rules run as for the public, so drafts never leak into
 * pages, feeds, exports or the sitemap.
 */
export async function findPublished<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  locale: Locale,
  { where, sort, depth = 1, limit, page }: Options = {},
): Promise<PaginatedDocs<DataFromCollectionSlug<S>>> {
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
