import type { Payload, TypedUser } from 'payload'
import { languageName } from '../../content/i18n/language-name'
import { pickLocalized } from '../../content/i18n/pick-localized'
import { createTranslator } from '../../content/i18n/translate'
import { inEveryLanguage, type InEveryLanguage } from '../../content/localized-fields'
import { isLocale, type Locale, localeCodes } from '../../content/locales'
import { moduleLevels } from '../../content/training/vocabulary'
import { termsIn } from '../site/terms'
import type { Catalogue, CatalogueFilter, FacetOption, ModuleCard } from './types'

type ModuleDoc = InEveryLanguage<'training-modules'>

/** The languages in which a module and each of its lessons have a title: where someone can take it. */
export function languagesOf(doc: Pick<ModuleDoc, 'title' | 'lessons'>): Locale[] {
  return localeCodes.filter((code) => doc.title?.[code]?.trim() && (doc.lessons ?? []).every((l) => l.title?.[code]?.trim()))
}

export function toModuleCard(doc: ModuleDoc, locale: Locale): ModuleCard {
  return {
    slug: doc.slug,
    title: pickLocalized<string>(doc.title, locale) ?? { value: doc.slug, lang: locale },
    summary: pickLocalized<string>(doc.summary, locale),
    level: doc.level,
    minutes: doc.minutes,
    themes: termsIn(doc.themes, locale),
    languages: languagesOf(doc),
    lessonCount: doc.lessons?.length ?? 0,
    membersOnly: doc.audience === 'members',
  }
}

/** The published modules this visitor may take, read in every language with just what a card shows. */
export async function readModuleCards(payload: Payload, locale: Locale, user: TypedUser | null): Promise<ModuleCard[]> {
  const { docs } = await payload.find({
    collection: 'training-modules',
    locale: 'all',
    depth: 1,
    pagination: false,
    overrideAccess: false,
    draft: false,
    user,
    select: { title: true, slug: true, summary: true, level: true, minutes: true, audience: true, themes: true, lessons: { title: true }, updatedAt: true, createdAt: true },
  })
  return inEveryLanguage('training-modules', docs).map((doc) => toModuleCard(doc, locale))
}

const matches = (card: ModuleCard, filter: CatalogueFilter) =>
  (!filter.theme || card.themes.some((t) => t.slug === filter.theme)) &&
  (!filter.level || card.level === filter.level) &&
  (!filter.language || (isLocale(filter.language) && card.languages.includes(filter.language)))

/**
 * The catalogue: the modules that match the filter, easiest first, and for
 * each filter its values with how many modules each would show alongside
 * the other filters in force.
 */
export async function listModules(payload: Payload, locale: Locale, user: TypedUser | null, filter: CatalogueFilter): Promise<Catalogue> {
  const cards = await readModuleCards(payload, locale, user)
  const t = createTranslator(locale)
  const count = (facet: keyof CatalogueFilter, value: string) => cards.filter((c) => matches(c, { ...filter, [facet]: value })).length
  const options = (facet: keyof CatalogueFilter, values: { value: string; label: string }[]): FacetOption[] =>
    values.map((v) => ({ ...v, count: count(facet, v.value) })).filter((o) => o.count > 0 || filter[facet] === o.value)
  const themes = new Map(cards.flatMap((c) => c.themes.map((t) => [t.slug, t.label] as const)))
  return {
    modules: cards
      .filter((c) => matches(c, filter))
      .sort((a, b) => moduleLevels.indexOf(a.level) - moduleLevels.indexOf(b.level) || a.title.value.localeCompare(b.title.value, locale)),
    filter,
    facets: [
      {
        name: 'theme',
        options: options(
          'theme',
          [...themes].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, locale)),
        ),
      },
      {
        name: 'level',
        options: options(
          'level',
          moduleLevels.map((value) => ({ value, label: t(`training.level.${value}`) })),
        ),
      },
      {
        name: 'language',
        options: options(
          'language',
          localeCodes.map((value) => ({ value, label: languageName(value, locale) })),
        ),
      },
    ],
  }
}
