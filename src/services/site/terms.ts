import { pickText } from '../../content/i18n/pick-localized'
import type { Locale } from '../../content/locales'
import type { Term } from '../cities/types'
import { readable } from '../../content/related'

/** A related document shown as a link: themes carry a label, the others a name. */
type Named = { slug: string; name?: string | null; label?: string | null }
type Related<T> = readonly (number | T)[] | null | undefined

export const toTerm = (d: Named): Term => ({ slug: d.slug, label: d.name ?? d.label ?? d.slug })

/** The readable ones of a list of related documents, read in one language. */
export const terms = <T extends Named>(value: Related<T>): Term[] => readable(value).map(toTerm)

/** The same for documents read in every language, whose labels come one per language. */
export const termsIn = <T extends Named>(value: Related<T>, locale: Locale): Term[] =>
  readable(value).map((d) => ({ slug: d.slug, label: pickText(d.name ?? d.label, locale) || d.slug }))
