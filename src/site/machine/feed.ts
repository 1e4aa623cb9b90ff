import { escapeXml } from './xml'

export type FeedItem = {
  /** Stable URL that identifies the item even if its address changes. */
  id: string
  url: string
  title: string
  summary: string
  published: Date
  updated?: Date
  author?: string
  categories: string[]
}

export type Feed = {
  title: string
  description: string
  /** BCP 47 tag, e.g. 'ar'. */
  language: string
  siteUrl: string
  selfUrl: string
  updated: Date
  items: FeedItem[]
}

function rssItem(item: FeedItem): string {
  return [
    '<item>',
    `<title>${escapeXml(item.title)}</title>`,
    `<link>${escapeXml(item.url)}</link>`,
    // The guid only identifies the item; readers open <link>.
    `<guid isPermaLink="false">${escapeXml(item.id)}</guid>`,
    // Readers render description as HTML, so the plain-text summary is escaped as HTML before XML.
    `<description>${escapeXml(escapeXml(item.summary))}</description>`,
    `<pubDate>${item.published.toUTCString()}</pubDate>`,
    // RSS's own <author> must be an email address; Dublin Core carries a name.
    ...(item.author ? [`<dc:creator>${escapeXml(item.author)}</dc:creator>`] : []),
    ...item.categories.map((category) => `<category>${escapeXml(category)}</category>`),
    '</item>',
  ].join('\n')
}

/** RSS 2.0, with the atom:link to itself that validators ask for. */
export function renderRss(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.siteUrl)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<language>${escapeXml(feed.language)}</language>`,
    `<lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...feed.items.map(rssItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}

function atomEntry(item: FeedItem): string {
  return [
    '<entry>',
    `<id>${escapeXml(item.id)}</id>`,
    `<title>${escapeXml(item.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
    `<published>${item.published.toISOString()}</published>`,
    `<updated>${(item.updated ?? item.published).toISOString()}</updated>`,
    `<summary>${escapeXml(item.summary)}</summary>`,
    ...(item.author ? [`<author><name>${escapeXml(item.author)}</name></author>`] : []),
    ...item.categories.map((category) => `<category term="${escapeXml(category)}"/>`),
    '</entry>',
  ].join('\n')
}

/** Atom 1.0. */
export function renderAtom(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `<id>${escapeXml(feed.selfUrl)}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<subtitle>${escapeXml(feed.description)}</subtitle>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `<updated>${feed.updated.toISOString()}</updated>`,
    // Atom requires an author for every entry; the site stands in for entries without one.
    `<author><name>${escapeXml(feed.title)}</name></author>`,
    ...feed.items.map(atomEntry),
    '</feed>',
    '',
  ].join('\n')
}
