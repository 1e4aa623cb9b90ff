import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import type { Term } from '../cities/types'
import { findPublished } from '../site/find-published'
import { readable, readableOne } from '../../content/related'

export type WorkingGroupView = {
  slug: string
  name: string
  summary: string
  purpose: string
  status: 'active' | 'concluded'
  startedOn: string | null
  endedOn: string | null
  chairCity: Term | null
  cities: Term[]
  outputs: { slug: string; title: string; type: string }[]
}

/** Working groups with their member cities, which are set on each city's profile. */
export async function listWorkingGroups(payload: Payload, locale: Locale): Promise<WorkingGroupView[]> {
  const [groups, cities] = await Promise.all([findPublished(payload, 'working-groups', locale, { depth: 1 }), findPublished(payload, 'cities', locale, { depth: 0 })])
  return groups.docs
    .map((g) => {
      const chair = readableOne(g.chairCity)
      return {
        slug: g.slug,
        name: g.name ?? g.slug,
        summary: g.summary ?? '',
        purpose: g.purpose ?? '',
        status: g.status ?? 'active',
        startedOn: g.startedOn ?? null,
        endedOn: g.endedOn ?? null,
        chairCity: chair ? { slug: chair.slug, label: chair.name ?? chair.slug } : null,
        cities: cities.docs
          .filter((c) => (c.workingGroups ?? []).includes(g.id))
          .map((c) => ({ slug: c.slug, label: c.name ?? c.slug }))
          .sort((a, b) => a.label.localeCompare(b.label, locale)),
        outputs: readable(g.outputs).map((r) => ({ slug: r.slug, title: r.title ?? r.slug, type: r.type })),
      }
    })
    .sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name, locale) : a.status === 'active' ? -1 : 1))
}
