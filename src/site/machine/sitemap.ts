import { escapeXml } from './xml'

export type SitemapEntry = {
  url: string
  lastModified?: Date
  /** Every language version of the page, itself included; hreflang 'x-default' marks the fallback. */
  alternates: { hreflang: string; url: string }[]
}

function urlElement(entry: SitemapEntry): string {
  return [
    '<url>',
    `<loc>${escapeXml(entry.url)}</loc>`,
    ...(entry.lastModified ? [`<lastmod>${entry.lastModified.toISOString()}</lastmod>`] : []),
    ...entry.alternates.map((alternate) => `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.url)}"/>`),
    '</url>',
  ].join('\n')
}

export function renderSitemap(entries: SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map(urlElement),
    '</urlset>',
    '',
  ].join('\n')
}
