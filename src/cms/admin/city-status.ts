import type { Payload, TypedUser } from 'payload'
import { localeCodes, type Locale } from '../../content/locales'
import type { PerLocale } from '../../content/localized'
import { inEveryLanguage } from '../../content/localized-fields'
import type { LexicalNode } from '../../content/rich-text'
import { assignedCityIds } from '../access/roles'
import { narrativeSections } from '../collections/Cities'

export type CityStatus = {
  id: number
  /** The city's name in each language it has one. */
  name: PerLocale<string>
  lastReviewed: string | null
  /** Each narrative section that lacks text in some language, with those languages. */
  missing: { section: (typeof narrativeSections)[number]['name']; locales: Locale[] }[]
  /** When each draft saved since the last publication was saved, newest first. */
  drafts: string[]
}

function hasText(node: LexicalNode | undefined): boolean {
  if (!node) return false
  if (typeof node.text === 'string' && node.text.trim()) return true
  return (node.children ?? []).some(hasText)
}

/** What a city editor should know about their cities, read as they may read them. */
export async function cityStatuses(payload: Payload, user: TypedUser): Promise<CityStatus[]> {
  const ids = assignedCityIds(user)
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'cities',
    where: { id: { in: ids } },
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    sort: 'slug',
    user,
    overrideAccess: false,
  })
  return Promise.all(
    inEveryLanguage('cities', docs).map(async (city) => {
      const versions = await payload.findVersions({
        collection: 'cities',
        where: { parent: { equals: city.id } },
        sort: '-updatedAt',
        limit: 50,
        depth: 0,
        user,
        overrideAccess: false,
      })
      const sinceLastPublication = versions.docs.findIndex((v) => v.version._status === 'published')
      const drafts = (sinceLastPublication === -1 ? versions.docs : versions.docs.slice(0, sinceLastPublication)).map((v) => v.updatedAt)
      const missing = narrativeSections.flatMap(({ name }) => {
        const locales = localeCodes.filter((locale) => !hasText(city[name]?.[locale]?.root))
        return locales.length ? [{ section: name, locales }] : []
      })
      return { id: city.id, name: city.name ?? {}, lastReviewed: city.lastReviewed ?? null, missing, drafts }
    }),
  )
}
