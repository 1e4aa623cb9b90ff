import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { renderSitemap, type SitemapEntry } from '../../../src/site/machine/sitemap'

const languages = ['en', 'fr', 'ar']

function entry(path: string, lastModified?: Date): SitemapEntry[] {
  const alternates = [
    ...languages.map((hreflang) => ({ hreflang, url: `https://hub.example/${hreflang}${path}` })),
    { hreflang: 'x-default', url: `https://hub.example/en${path}` },
  ]
  return languages.map((language) => ({ url: `https://hub.example/${language}${path}`, lastModified, alternates }))
}

describe('renderSitemap', () => {
  const entries = [...entry('/cities/cape-town', new Date('2024-12-04T08:00:00Z')), ...entry('/search?q=youth&region=africa')]
  const xml = renderSitemap(entries)
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'url' || name === 'xhtml:link',
  }).parse(xml)

  it('is well-formed XML in the sitemap namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parsed.urlset.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(parsed.urlset['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml')
  })

  it('lists every language version of each page, with the fallback', () => {
    expect(parsed.urlset.url).toHaveLength(6)
    const capeTownAr = parsed.urlset.url[2]
    expect(capeTownAr.loc).toBe('https://hub.example/ar/cities/cape-town')
    expect(capeTownAr.lastmod).toBe('2024-12-04T08:00:00.000Z')
    expect(capeTownAr['xhtml:link']).toEqual([
      { rel: 'alternate', hreflang: 'en', href: 'https://hub.example/en/cities/cape-town' },
      { rel: 'alternate', hreflang: 'fr', href: 'https://hub.example/fr/cities/cape-town' },
      { rel: 'alternate', hreflang: 'ar', href: 'https://hub.example/ar/cities/cape-town' },
      { rel: 'alternate', hreflang: 'x-default', href: 'https://hub.example/en/cities/cape-town' },
    ])
  })

  it('keeps query strings intact and leaves out an unknown modification date', () => {
    const search = parsed.urlset.url[3]
    expect(search.loc).toBe('https://hub.example/en/search?q=youth&region=africa')
    expect(search['xhtml:link'][1].href).toBe('https://hub.example/fr/search?q=youth&region=africa')
    expect(search).not.toHaveProperty('lastmod')
  })
})
