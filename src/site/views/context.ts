import type { Locale } from '../../content/locales'
import type { SiteSettingsView } from '../../services/site/get-site-settings'
import type { Translate } from '../../content/i18n/translate'
import type { GuardFields } from '../forms/guard'

/** What every page view needs besides its own data. */
export type PageContext = {
  locale: Locale
  t: Translate
  /** The path without its locale prefix, e.g. "/cities/rotterdam", so a page can link to itself in other languages. */
  path: string
  /** Query string to keep when switching language, including the "?". */
  search: string
  site: SiteSettingsView
  stylesheet: string
  /** The script behind "Show password", for the pages that have a password field. */
  passwordScript: string
  /** The script behind "Save for offline use", for members' module and lesson pages. */
  offlineScript: string
  /** The base map, a file of its own so that browsers keep it between pages. */
  worldMap: string
  origin: string
  /** Who is signed in, for the header; only on pages that are never shared, so anonymous pages stay cacheable. */
  member?: SignedInMember
}

export type SignedInMember = { name: string; guard: GuardFields }

export function href(locale: Locale, path: string): string {
  return `/${locale}${path === '/' ? '' : path}`
}
