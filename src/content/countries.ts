import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import isoCountries from 'i18n-iso-countries'
import { defaultLocale, type Locale, localeCodes } from './locales'

/**
 * Every country of ISO 3166-1, named in the hub's languages by
 * i18n-iso-countries (kept from CLDR and Wikidata), so a city anywhere may
 * apply, whether or not its country has members yet.
 */
const langs = path.dirname(createRequire(import.meta.url).resolve('i18n-iso-countries/langs/en.json'))
const named = new Set<string>()
for (const code of localeCodes) {
  const file = path.join(langs, `${code}.json`)
  // A hub language the package does not name countries in falls back to English names.
  if (!existsSync(file)) continue
  isoCountries.registerLocale(JSON.parse(readFileSync(file, 'utf8')))
  named.add(code)
}

export type CountryChoice = { code: string; name: string }

const codes = Object.keys(isoCountries.getAlpha2Codes())

export function isCountryCode(code: string): boolean {
  return isoCountries.isValid(code) && /^[A-Z]{2}$/.test(code)
}

/** The country's name in the language, the short form people use ("Kenya", not "Republic of Kenya"). */
export function countryName(code: string, locale: Locale): string {
  return isoCountries.getName(code, named.has(locale) ? locale : defaultLocale) ?? code
}

/** Every country, sorted as the language sorts. */
export function countryChoices(locale: Locale): CountryChoice[] {
  return codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))
}
