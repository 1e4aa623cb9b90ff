import { adminLanguages, type Wording } from '../labels'

/**
 * Languages a linked document may be written in (ISO 639-1). The site shows
 * the name in the reader's language with Intl.DisplayNames, so only codes live here.
 */
export const documentLanguageCodes = [
  'ar',
  'bn',
  'bs',
  'da',
  'de',
  'en',
  'es',
  'fr',
  'hi',
  'id',
  'it',
  'ky',
  'mk',
  'ms',
  'nl',
  'no',
  'pt',
  'ru',
  'si',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'tr',
  'uk',
  'ur',
] as const

/** Each language named in every back-office language. */
export const documentLanguageOptions = documentLanguageCodes.map((code) => ({
  value: code,
  label: Object.fromEntries(adminLanguages.map((language) => [language, new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code])) as Wording,
}))
