import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { findPublished } from '../site/find-published'
import { readableOne } from '../../content/related'

export type YouthProjectView = { slug: string; title: string; summary: string; status: string; city: { slug: string; name: string } | null }

export async function listYouthProjects(payload: Payload, locale: Locale): Promise<YouthProjectView[]> {
  const { docs } = await findPublished(payload, 'youth-projects', locale, { depth: 1, sort: 'title' })
  return docs.map((d) => {
    const city = readableOne(d.city)
    return { slug: d.slug, title: d.title ?? d.slug, summary: d.summary ?? '', status: d.status, city: city ? { slug: city.slug, name: city.name ?? city.slug } : null }
  })
}
