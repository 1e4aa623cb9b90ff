import type { Locale } from '../../content/locales'
import { createTranslator } from '../../content/i18n/translate'
import type { PageContext } from './context'

/** A page context for component examples and tests. */
export function exampleContext(locale: Locale = 'en', path = '/'): PageContext {
  return {
    locale,
    t: createTranslator(locale),
    path,
    search: '',
    site: {
      networkName: 'Strong Cities Network',
      tagline: '',
      introduction: '',
      mainMenu: [],
      footerLinks: [],
      brand: { logo: null, primaryColour: '#0b3d5c', accentColour: '#ffdd00', favicon: null, socialImage: null },
    },
    stylesheet: '/assets/site.css',
    passwordScript: '/assets/password.js',
    offlineScript: '/assets/offline.js',
    worldMap: '/assets/world-map.svg',
    origin: 'http://localhost:3000',
  }
}
