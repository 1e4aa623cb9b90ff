import type { Payload, TypedUser } from 'payload'
import { defaultLocale, type Locale } from '../../content/locales'
import { type InLanguage, pickLocalized } from '../../content/i18n/pick-localized'
import type { Term } from '../cities/types'
import { readable, readableOne } from '../../content/related'
import { findOneInEveryLanguage } from '../site/find-one-in-every-language'
import { termsIn } from '../site/terms'

export type ResourceView = {
  slug: string
  type: string
  title: InLanguage<string>
  summary: InLanguage<string> | null
  documentLanguages: string[]
  publishedOn: string | null
  lastUpdated: string | null
  audience: 'public' | 'members'
  file: { url: string; bytes: number } | null
  externalUrl: string | null
  themes: Term[]
  regions: Term[]
  cities: Term[]
  sectors: Term[]
  related: { slug: string; title: string; type: string }[]
}

/** A resource as this visitor may see it (published; members-only ones for members), with related resources. */
export async function getResource(payload: Payload, slug: string, locale: Locale, user: TypedUser | null): Promise<ResourceView | null> {
  const doc = await findOneInEveryLanguage(payload, 'resources', slug, user)
  if (!doc) return null
  const themeIds = readable(doc.themes).map((t) => t.id)
  const related = themeIds.length
    ? await payload.find({
        collection: 'resources',
        where: { and: [{ themes: { in: themeIds } }, { id: { not_equals: doc.id } }] },
        locale,
        fallbackLocale: defaultLocale,
        depth: 0,
        limit: 4,
        sort: '-publishedOn',
        overrideAccess: false,
        draft: false,
        user,
      })
    : { docs: [] }
  const stored = readableOne(doc.file)
  const file = stored?.url ? { url: stored.url, bytes: stored.filesize ?? 0 } : null
  return {
    slug: doc.slug,
    type: doc.type,
    title: pickLocalized<string>(doc.title, locale) ?? { value: doc.slug, lang: locale },
    summary: pickLocalized<string>(doc.summary, locale),
    documentLanguages: doc.documentLanguages ?? [],
    publishedOn: doc.publishedOn ?? null,
    lastUpdated: doc.lastUpdated ?? null,
    audience: doc.audience,
    file,
    externalUrl: doc.externalUrl || null,
    themes: termsIn(doc.themes, locale),
    regions: termsIn(doc.regions, locale),
    cities: termsIn(doc.cities, locale),
    sectors: termsIn(doc.sectors, locale),
    related: related.docs.map((r) => ({ slug: r.slug, title: r.title ?? r.slug, type: r.type })),
  }
}
