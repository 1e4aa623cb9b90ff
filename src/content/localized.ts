import type { Locale } from './locales'

/** A localized field read with `locale: 'all'`: one value per language; a language without text is missing. */
export type PerLocale<V> = Partial<Record<Locale, V>>

/** Which fields of a collection are localized: `true` for a field, a nested spec for an array whose rows hold localized fields. */
export type LocalizedSpec = { readonly [field: string]: true | LocalizedSpec }

type RowsOf<V> = NonNullable<V> extends readonly (infer Row)[] ? Row : never

/**
 * A document read with `locale: 'all'`. Payload's generated types describe a
 * read in one language, where a localized field holds its value; read in
 * every language, the fields the spec names hold one value per language
 * instead, in the document and in the rows of its arrays.
 */
export type Localized<T, Spec extends LocalizedSpec> = Omit<T, keyof Spec> & {
  [P in keyof Spec & keyof T]: Spec[P] extends LocalizedSpec ? Localized<RowsOf<T[P]>, Spec[P]>[] | null | undefined : PerLocale<NonNullable<T[P]>>
}
