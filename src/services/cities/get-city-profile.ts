import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../content/locales'
import { pickLocalized, pickText } from '../../content/i18n/pick-localized'
import type { InEveryLanguage } from '../../content/localized-fields'
import { findOneInEveryLanguage } from '../site/find-one-in-every-language'
import type { RichTextValue } from '../../content/rich-text'
import type { Media } from '../../cms/payload-types'
import { type Picture, toPicture } from '../site/to-picture'
import type { CityProfile, Term } from './types'
import { readable, readableOne } from '../../content/related'

// Read in every language, the photo's alt text comes per language too.
function photoOf(media: number | Media | null | undefined, locale: Locale, size: 'thumbnail' | 'wide' = 'thumbnail'): Picture | null {
  const picture = toPicture(media, size)
  return picture && { ...picture, alt: pickText(readableOne(media)?.alt, locale) }
}

function languagesWithText(doc: InEveryLanguage<'cities'>): string[] {
  const found = new Set<string>()
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return
    for (const [key, inner] of Object.entries(value)) {
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
  const doc = await findOneInEveryLanguage(payload, 'cities', slug)
  if (!doc) return null
  const country = readableOne(doc.country)
  const region = readableOne(country?.region)
  const termOf = (d: { slug: string; name?: unknown; label?: unknown }): Term => ({ slug: d.slug, label: pickText(d.name ?? d.label, locale) })
  return {
    slug: doc.slug,
    latitude: doc.latitude,
    longitude: doc.longitude,
    name: pickLocalized<string>(doc.name, locale) ?? { value: doc.slug, lang: locale },
    country: country ? { isoCode: country.isoCode, name: pickText(country.name, locale) } : null,
    region: region ? termOf(region) : null,
    photo: photoOf(doc.photo, locale, 'wide'),
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
    sectorActivities: readable(doc.sectorActivities).flatMap((a) => {
      const sector = readableOne(a.sector)
      return sector ? [{ sector: pickText(sector.name, locale), body: pickLocalized<RichTextValue>(a.body, locale) }] : []
    }),
    workingGroups: readable(doc.workingGroups).map(termOf),
    themes: readable(doc.themes).map(termOf),
    leaders: readable(doc.leaders).map((p) => ({ name: pickText(p.name, locale), role: pickText(p.role, locale), photo: photoOf(p.photo, locale) })),
    translations: languagesWithText(doc),
  }
}
