import type { Locale } from '../../content/locales'
import { localeCodes } from '../../content/locales'

type Doc = Record<string, any>

export const objects = (value: unknown): Doc[] => (Array.isArray(value) ? value.filter((v) => v && typeof v === 'object') : [])

/** A localized field (read with locale "all") as a map of its non-empty values. */
export function perLocale(field: unknown, read: (value: any) => string = (v) => (typeof v === 'string' ? v : '')): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {}
  if (!field || typeof field !== 'object') return out
  for (const locale of localeCodes) {
    const text = read((field as Doc)[locale])?.trim()
    if (text) out[locale] = text
  }
  return out
}

/** Joins several per-language texts into one per language. */
export function joinPerLocale(parts: Partial<Record<Locale, string>>[]): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {}
  for (const locale of localeCodes) {
    const text = parts.map((p) => p[locale]).filter(Boolean).join('\n')
    if (text) out[locale] = text
  }
  return out
}

export function allLabels(docs: Doc[], field: string): string[] {
  return docs.flatMap((d) => Object.values(perLocale(d[field])))
}

export const slugs = (docs: Doc[]) => docs.map((d) => d.slug).filter(Boolean)

export function excerpt(text: string | undefined, max = 280): string | undefined {
  if (!text) return undefined
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`
}
