import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../content/locales'
import { pickLocalized, pickText } from '../../content/i18n/pick-localized'
import type { RichTextValue } from '../../content/rich-text'
import type { Picture } from '../site/to-picture'
import type { CityProfile, Term } from './types'
import { readable } from '../site/find-published'

type Doc = Record<string, any>

function photoOf(media: unknown, locale: Locale): Picture | null {
  if (!media || typeof media !== 'object') return null
  const m = media as Doc
  if (!m.url || !m.width || !m.height) return null
  const thumb = m.sizes?.thumbnail
  return { src: m.url, width: m.width, height: m.height, alt: pickText(m.alt, locale), webp: thumb?.url ? { src: thumb.url, width: thumb.width, height: thumb.height } : null }
}

function languagesWithText(doc: Doc): string[] {
  const found = new Set<string>()
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return
    for (const [key, inner] of Object.entries(value as Doc)) {
      if (isLocale(key) && inner) found.add(key)
      else visit(inner)
    }
  }
  visit({ background: doc.background, nationalOverview: doc.nationalOverview, localOverview: doc.localOverview })
  return [...found]
}

/**
 * Reads every language at once so each section can be shown in the page's
 * language when it exists, and labelled with the language it falls back to
 * when it does not.
 */
export async function getCityProfile(payload: Payload, slug: string, locale: Locale): Promise<CityProfile | null> {
  const { docs } = await payload.find({
    collection: 'cities',
    where: { slug: { equals: slug } },
    locale: 'all',
    depth: 2,
    limit: 1,
    overrideAccess: false,
    draft: false,
  })
  const doc = docs[0] as Doc | undefined
  if (!doc) return null
  const country = doc.country && typeof doc.country === 'object' ? doc.country : null
  const region = country?.region && typeof country.region === 'object' ? country.region : null
  const termOf = (d: Doc, field: string): Term => ({ slug: d.slug, label: pickText(d[field], locale) })
  return {
    slug: doc.slug,
    latitude: doc.latitude,
    longitude: doc.longitude,
    name: pickLocalized<string>(doc.name, locale) ?? { value: doc.slug, lang: locale },
    country: country ? { isoCode: country.isoCode, name: pickText(country.name, locale) } : null,
    region: region ? termOf(region, 'name') : null,
    population: doc.population ?? null,
    populationYear: doc.populationYear ?? null,
    memberSince: doc.memberSince ?? null,
    lastReviewed: doc.lastReviewed ?? null,
    isSample: Boolean(doc.isSample),
    background: pickLocalized<RichTextValue>(doc.background, locale),
    nationalOverview: pickLocalized<RichTextValue>(doc.nationalOverview, locale),
    localOverview: pickLocalized<RichTextValue>(doc.localOverview, locale),
    sourceGroups: readable(doc.sourceGroups).map((g) => ({
      title: pickLocalized<string>(g.title, locale),
      links: readable(g.links).map((l) => ({
        title: pickLocalized<string>(l.title, locale),
        url: l.url,
        documentLanguage: l.documentLanguage,
        note: pickLocalized<string>(l.note, locale),
      })),
    })),
    initiatives: readable(doc.initiatives).map((i) => ({
      title: pickLocalized<string>(i.title, locale),
      body: pickLocalized<RichTextValue>(i.body, locale),
      url: i.url || null,
    })),
    sectorActivities: readable(doc.sectorActivities)
      .filter((a) => a.sector && typeof a.sector === 'object')
      .map((a) => ({ sector: pickText(a.sector.name, locale), body: pickLocalized<RichTextValue>(a.body, locale) })),
    workingGroups: readable(doc.workingGroups).map((g) => termOf(g, 'name')),
    themes: readable(doc.themes).map((t) => termOf(t, 'label')),
    leaders: readable(doc.leaders).map((p) => ({ name: p.name, role: pickText(p.role, locale), photo: photoOf(p.photo, locale) })),
    translations: languagesWithText(doc),
  }
}
