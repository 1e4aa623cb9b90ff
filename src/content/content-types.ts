import type { CollectionSlug } from 'payload'

/**
 * One descriptor per public content type: its collection, the address of one
 * document's page below the locale prefix, and where else it appears. This is
 * the only place each address is written; pages, links, feeds, exports, the
 * search index and the sitemap all build it from here, and the site's route
 * table, the sitemap, the search sources and the feeds are derived from it.
 * Publishing follows too: every collection's publish hooks
 * (src/cms/hooks/publishChange.ts) index a searchable type after the commit.
 */
export type ContentType = {
  collection: CollectionSlug
  /** The page of the document with this slug, e.g. `/cities/rotterdam`. */
  path: (slug: string) => string
  /** The schema.org type its page describes itself with, where it has JSON-LD. */
  jsonLd?: 'City' | 'NewsArticle' | 'Event'
  /** Listed in the sitemap, one entry per published document with every language version. */
  inSitemap: boolean
  /** In the search index: src/search/sources must then hold its source, or the typecheck fails. */
  searchable?: true
  /** Addresses of the feeds of its newest documents; src/site/routes/machine/feeds.ts builds them. */
  feeds?: { rss: string; atom: string }
}

export const contentTypes = {
  city: { collection: 'cities', path: (slug) => `/cities/${slug}`, jsonLd: 'City', inSitemap: true, searchable: true },
  region: { collection: 'regions', path: (slug) => `/regions/${slug}`, inSitemap: true },
  resource: { collection: 'resources', path: (slug) => `/resources/${slug}`, inSitemap: true, searchable: true },
  newsArticle: {
    collection: 'news-articles',
    path: (slug) => `/news/${slug}`,
    jsonLd: 'NewsArticle',
    inSitemap: true,
    searchable: true,
    feeds: { rss: '/news/feed.xml', atom: '/news/atom.xml' },
  },
  event: {
    collection: 'events',
    path: (slug) => `/events/${slug}`,
    jsonLd: 'Event',
    inSitemap: true,
    searchable: true,
    feeds: { rss: '/events/feed.xml', atom: '/events/atom.xml' },
  },
  trainingModule: { collection: 'training-modules', path: (slug) => `/modules/${slug}`, inSitemap: true, searchable: true },
  workingGroup: { collection: 'working-groups', path: (slug) => `/working-groups/${slug}`, inSitemap: true },
  // About pages sit at the top level; a fixed section of the same name wins (README, Known limits).
  page: { collection: 'pages', path: (slug) => `/${slug}`, inSitemap: true },
} as const satisfies Record<string, ContentType>

export type ContentTypeName = keyof typeof contentTypes

type Descriptors = typeof contentTypes
/** The types with a search source. */
export type SearchableTypeName = { [K in ContentTypeName]: Descriptors[K] extends { searchable: true } ? K : never }[ContentTypeName]
/** The types with feeds. */
export type FeedTypeName = { [K in ContentTypeName]: Descriptors[K] extends { feeds: object } ? K : never }[ContentTypeName]

const typeNames = Object.keys(contentTypes) as ContentTypeName[]
export const searchableTypes = typeNames.filter((type): type is SearchableTypeName => 'searchable' in contentTypes[type])
export const feedTypes = typeNames.filter((type): type is FeedTypeName => 'feeds' in contentTypes[type])

/** The page of one document: `pathTo('city', 'rotterdam')`. */
export function pathTo(type: ContentTypeName, slug: string): string {
  return contentTypes[type].path(slug)
}

/** The route pattern of a type's document pages, for the site's route table. */
export function routePattern(type: ContentTypeName): string {
  return contentTypes[type].path(':slug')
}
