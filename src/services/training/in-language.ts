import { type InLanguage, pickLocalized } from '../../content/i18n/pick-localized'
import { defaultLocale, type Locale } from '../../content/locales'

type Row = { id?: unknown }

/**
 * Each text of a module with the language it is in, so the page can mark
 * what a lesson still lacks. `doc` was read in the page's language with the
 * default filling the gaps; `own` in the page's language alone (null when
 * that is the default). Their rows share ids, so a text that `own` lacks is
 * one the default language filled.
 */
export function textsOf(doc: Row, own: Row | null, locale: Locale) {
  const ownRows = new Map<string, Record<string, unknown>>()
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    const row = value as Record<string, unknown>
    if (row.id != null) ownRows.set(String(row.id), row)
    for (const inner of Object.values(row)) visit(inner)
  }
  visit(own)
  return function pick<R extends Row, K extends keyof R & string>(row: R, field: K): InLanguage<NonNullable<R[K]>> | null {
    if (!own) return pickLocalized<NonNullable<R[K]>>({ [locale]: row[field] }, locale)
    const inOwn = row.id != null ? ownRows.get(String(row.id))?.[field] : undefined
    return pickLocalized<NonNullable<R[K]>>({ [locale]: inOwn, [defaultLocale]: row[field] }, locale)
  }
}

export type PickText = ReturnType<typeof textsOf>
