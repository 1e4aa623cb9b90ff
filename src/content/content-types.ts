import type { CollectionSlug } from 'payload'

/**
 * One descriptor per public content type: its collection, and the address of
 * one document's page below the locale prefix. This is the only place each
 * address is written; pages, links, feeds, exports, the search index and the
 * sitemap all build it from here, and the site's route table is derived from it.
 */
export type ContentType = {
  collection: CollectionSlug
  /** The page of the document with this slug, e.g. `/cities/rotterdam`. */
  path: (slug: string) => string
  /** The schema.org type its page describes itself with, where it has JSON-LD. */
  jsonLd?: 'City' | 'NewsArticle' | 'Event'
  /** Listed in the sitemap, one entry per published document with every language version. */
  inSitemap: boolean
}

export const contentTypes = {
  city: { collection: 'cities', path: (slug) => `/cities/${slug}`, jsonLd: 'City', inSitemap: true },
  region: { collection: 'regions', path: (slug) => `/regions/${slug}`, inSitemap: true },
  resource: { collection: 'resources', path: (slug) => `/resources/${slug}`, inSitemap: true },
  newsArticle: { collection: 'news-articles', path: (slug) => `/news/${slug}`, jsonLd: 'NewsArticle', inSitemap: true },
  event: { collection: 'events', path: (slug) => `/events/${slug}`, jsonLd: 'Event', inSitemap: true },
  workingGroup: { collection: 'working-groups', path: (slug) => `/working-groups/${slug}`, inSitemap: true },
  // About pages sit at the top level; a fixed section of the same name wins (README, Known limits).
  page: { collection: 'pages', path: (slug) => `/${slug}`, inSitemap: true },
} as const satisfies Record<string, ContentType>

export type ContentTypeName = keyof typeof contentTypes

/** The page of one document: `pathTo('city', 'rotterdam')`. */
export function pathTo(type: ContentTypeName, slug: string): string {
  return contentTypes[type].path(slug)
}

/** The route pattern of a type's document pages, for the site's route table. */
export function routePattern(type: ContentTypeName): string {
  return contentTypes[type].path(':slug')
}
