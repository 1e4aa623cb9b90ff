import { defaultLocale, isLocale, type Locale } from '../../content/locales'

/** The visitor's preferred language among ours, from Accept-Language. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { code: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 }
    })
    .filter((entry) => entry.code && entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return (ranked.find((entry) => isLocale(entry.code))?.code as Locale | undefined) ?? defaultLocale
}

/** The locale named by a path's first segment, if it is one of ours. */
export function localeFromPath(url: string): Locale | null {
  const first = url.split(/[/?#]/)[1] ?? ''
  return isLocale(first) ? first : null
}
