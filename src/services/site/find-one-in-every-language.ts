import type { Payload, TypedUser } from 'payload'
import { type InEveryLanguage, inEveryLanguage, type LocalizedSlug } from '../../content/localized-fields'

/**
 * One published document by its slug, read in every language at once so a
 * page can show each section in the visitor's language or say which one it
 * falls back to. Access runs as this visitor: members-only documents need a
 * member, and drafts are never read.
 */
export async function findOneInEveryLanguage<S extends LocalizedSlug>(
  payload: Payload,
  collection: S,
  slug: string,
  user: TypedUser | null = null,
): Promise<InEveryLanguage<S> | null> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale: 'all',
    depth: 2,
    limit: 1,
    overrideAccess: false,
    draft: false,
    user,
  })
  return inEveryLanguage(collection, docs)[0] ?? null
}
