import type { TextField } from 'payload'
import { defaultLocale } from '../../content/locales'
import { messages, say, type Wording } from '../labels'

/**
 * Required in the default language only: a missing translation falls back
 * (with a notice on the site) instead of blocking a save.
 */
export const requiredInDefaultLanguage = (value: unknown, { req }: { req: { locale?: string | null; i18n?: { language?: string } } }) => {
  const locale = req.locale ?? defaultLocale
  if (locale !== defaultLocale && locale !== 'all') return true
  return typeof value === 'string' && value.trim() ? true : say(messages.requiredInDefaultLanguage, req)
}

/** Localized text that must exist in the default language only. */
export function localizedText(name: string, label: Wording, maxLength: number, overrides: Partial<TextField> = {}): TextField {
  return { name, label, type: 'text', localized: true, maxLength, validate: requiredInDefaultLanguage, ...overrides } as TextField
}
