import type { TextField } from 'payload'
import { defaultLocale } from '../../content/locales'

/**
 * Localized text that must exist in the default language only: a missing
 * translation falls back (with a notice on the site) instead of blocking a save.
 */
export function localizedText(name: string, maxLength: number, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    localized: true,
    maxLength,
    validate: (value: unknown, { req }: { req: { locale?: string | null } }) => {
      const locale = req.locale ?? defaultLocale
      if (locale !== defaultLocale && locale !== 'all') return true
      return typeof value === 'string' && value.trim() ? true : 'This field is required in the default language.'
    },
    ...overrides,
  } as TextField
}
