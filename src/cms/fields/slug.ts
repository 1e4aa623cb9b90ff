import type { TextField } from 'payload'
import { fillSlug } from '../hooks/fillSlug'

export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Part of the page address. Filled from the name when left empty.' },
    hooks: { beforeValidate: [fillSlug(sourceField)] },
    validate: (value: unknown) => (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : 'Use lower-case letters, digits and hyphens only.'),
  }
}
