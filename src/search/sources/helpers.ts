import type { Locale } from '../../content/locales'
import { localeCodes } from '../../content/locales'

/**
 * A localized field (read with locale "all") as a map of its non-empty
 * values. It takes what arrives: related documents at depth 2 carry their
 * fields per language too, though their generated types describe one.
 */
export function perLocale(field: unknown, read: (value: unknown) => string = (v) => (typeof v === 'string' ? v : '')): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {}
  if (!field || typeof field !== 'object') return out
  for (const locale of localeCodes) {
    const text = read(Reflect.get(field, locale))?.trim()
    if (text) out[locale] = text
  }
  return out
}

/** Joins several per-language texts into one per language. */
export function joinPerLocale(parts: Partial<Record<Locale, string>>[]): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {}
  for (const locale of localeCodes) {
    const text = parts
      .map((p) => p[locale])
      .filter(Boolean)
      .join('\n')
    if (text) out[locale] = text
  }
  return out
}

/** Every language's label of the themes, so a search in any language finds them. */
export function allLabels(themes: { label?: unknown }[]): string[] {
  return themes.flatMap((d) => Object.values(perLocale(d.label)))
}

export const slugs = (docs: { slug: string }[]) => docs.map((d) => d.slug).filter(Boolean)

export function excerpt(text: string | undefined, max = 280): string | undefined {
  if (!text) return undefined
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`
}
