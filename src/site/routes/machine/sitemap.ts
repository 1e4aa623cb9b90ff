import { defaultLocale, locales } from '../../../content/locales'
import { contentTypes } from '../../../content/content-types'
import { findPublished } from '../../../services/site/find-published'
import { renderSitemap, type SitemapEntry } from '../../machine/sitemap'
import { href } from '../../views/context'
import type { MachineHandler } from './types'

const fixedPaths = [
  '/',
  '/cities',
  '/regions',
  '/resources',
  '/search',
  '/news',
  '/events',
  '/global-summit',
  '/working-groups',
  '/steering-committee',
  '/contact',
  '/newsletter',
  '/join',
]

const documentPages = Object.values(contentTypes).filter((type) => type.inSitemap)

/** Every public page once, with its language versions; what the public cannot read is never listed. */
export const sitemap: MachineHandler = async ({ payload, origin }) => {
  const entry = (path: string, updatedAt?: string): SitemapEntry => ({
    url: origin + href(defaultLocale, path),
    lastModified: updatedAt ? new Date(updatedAt) : undefined,
    alternates: [...locales.map((l) => ({ hreflang: l.tag, url: origin + href(l.code, path) })), { hreflang: 'x-default', url: origin + href(defaultLocale, path) }],
  })
  const documents = await Promise.all(
    documentPages.map(async ({ collection, path }) => {
      const { docs } = await findPublished(payload, collection, defaultLocale, { depth: 0 })
      return docs.map((d) => entry(path(d.slug), d.updatedAt))
    }),
  )
  return { contentType: 'application/xml; charset=utf-8', body: renderSitemap([...fixedPaths.map((p) => entry(p)), ...documents.flat()]) }
}

export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/', 'Disallow: /*/account', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n')
}
