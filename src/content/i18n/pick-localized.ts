import { defaultLocale, isLocale, type Locale, localeCodes } from '../locales'

/** A value together with the language it is actually written in. */
export type InLanguage<T> = { value: T; lang: Locale }

type TextTree = { text?: unknown; children?: TextTree[]; root?: TextTree }

/** A rich-text document counts as present only if some node holds visible text. */
function treeHasText(node: TextTree | undefined): boolean {
  if (!node) return false
  if (typeof node.text === 'string' && node.text.trim()) return true
  return treeHasText(node.root) || (node.children ?? []).some(treeHasText)
}

function hasContent(value: unknown): boolean {
  if (value == null) return false
  if (typeof value === 'string') return value.trim().length > 0
  if (typeof value === 'object' && 'root' in value) return treeHasText(value as TextTree)
  return true
}

/**
 * Chooses the page's language when it has content, then the default
 * language, then any other, and says which one it took, so a page can tell
 * readers when a section is not in their language.
 */
export function pickLocalized<T>(field: unknown, locale: Locale): InLanguage<T> | null {
  if (field == null || typeof field !== 'object' || Array.isArray(field)) return null
  const byLocale = field as Record<string, unknown>
  const order = [locale, defaultLocale, ...localeCodes]
  for (const code of order) {
    if (isLocale(code) && hasContent(byLocale[code])) return { value: byLocale[code] as T, lang: code }
  }
  return null
}

/** For labels where the language shown matters less than always having text. */
export function pickText(field: unknown, locale: Locale): string {
  return pickLocalized<string>(field, locale)?.value ?? ''
}
