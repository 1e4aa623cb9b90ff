import type { FieldHook } from 'payload'
import { slugify } from '../../shared/slugify'

/** Derives the slug from a source field when the editor leaves it empty. */
export function fillSlug(sourceField: string): FieldHook {
  return ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField]
    const text = typeof source === 'object' && source ? (source.en ?? Object.values(source)[0]) : source
    return typeof text === 'string' ? slugify(text) : value
  }
}
