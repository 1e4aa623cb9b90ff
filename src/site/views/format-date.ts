/** A date as readers of this language write it; stored dates are UTC days. */
export function formatDate(iso: string | null, locale: string, style: 'long' | 'medium' = 'long'): string | null {
  if (!iso) return null
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(iso))
}
