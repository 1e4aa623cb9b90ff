import type { Payload, TypedUser } from 'payload'
import type { TrainingModule } from '../../cms/payload-types'
import { defaultLocale, type Locale } from '../../content/locales'

/** `doc` has every gap filled from the default language; `own` is the page's language alone, to tell which texts were filled (null when that is the default). */
export type ModuleRead = { doc: TrainingModule; own: TrainingModule | null }

const read = (payload: Payload, where: { slug: string } | { id: number }, locale: Locale, fallback: boolean, user: TypedUser | null, depth: number, draft: boolean) =>
  payload
    .find({
      collection: 'training-modules',
      where: 'slug' in where ? { slug: { equals: where.slug } } : { id: { equals: where.id } },
      locale,
      fallbackLocale: fallback ? defaultLocale : false,
      depth,
      limit: 1,
      overrideAccess: false,
      draft,
      user,
    })
    .then((r) => r.docs[0] ?? null)

/**
 * A published module as this visitor may read it (members-only ones need a
 * member; with `draft`, staff previewing read the latest draft), in the page's language with the default filling its gaps and,
 * when that is not the default, in the page's language alone: the gaps are
 * what the page marks as untranslated.
 */
export async function findModule(
  payload: Payload,
  where: { slug: string } | { id: number },
  locale: Locale,
  user: TypedUser | null,
  depth = 1,
  draft = false,
): Promise<ModuleRead | null> {
  const doc = await read(payload, where, locale, true, user, depth, draft)
  if (!doc) return null
  return { doc, own: locale === defaultLocale ? null : await read(payload, { id: doc.id }, locale, false, user, depth, draft) }
}
