import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import type { Term } from '../cities/types'
import { findPublished } from './find-published'

export async function listThemes(payload: Payload, locale: Locale): Promise<Term[]> {
  const { docs } = await findPublished(payload, 'themes', locale, { depth: 0 })
  return docs.map((d) => ({ slug: d.slug, label: d.label ?? d.slug })).sort((a, b) => a.label.localeCompare(b.label, locale))
}
