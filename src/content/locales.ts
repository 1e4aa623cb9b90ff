/**
 * The one list of languages. The back office (Payload localization) and the
 * public site both read it, so adding a language is one entry here plus one
 * message file in src/content/i18n/messages/.
 */
export type LocaleDefinition = {
  code: string
  /** The language's name in itself, for the language switcher. */
  label: string
  dir: 'ltr' | 'rtl'
  /** BCP 47 tag used for hreflang and Intl formatting. */
  tag: string
}

export const locales = [
  { code: 'en', label: 'English', dir: 'ltr', tag: 'en' },
  { code: 'fr', label: 'Français', dir: 'ltr', tag: 'fr' },
  { code: 'ar', label: 'العربية', dir: 'rtl', tag: 'ar' },
] as const satisfies readonly LocaleDefinition[]

export type Locale = (typeof locales)[number]['code']

export const defaultLocale: Locale = 'en'

export const localeCodes: Locale[] = locales.map((l) => l.code)

export function isLocale(value: string): value is Locale {
  return (localeCodes as string[]).includes(value)
}

export function localeDefinition(code: Locale): LocaleDefinition {
  return locales.find((l) => l.code === code)!
}
