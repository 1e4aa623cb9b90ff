import type { TextField } from 'payload'
import { fillSlug } from '../hooks/fillSlug'
import { common, l, messages, say } from '../labels'

export function slugField(sourceField: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    label: common.slug,
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: l(
        'Part of the page address. Filled from the name when left empty.',
        'Partie de l’adresse de la page. Remplie à partir du nom si vous la laissez vide.',
        'جزء من عنوان الصفحة. يُملأ من الاسم إذا تُرك فارغًا.',
      ),
    },
    hooks: { beforeValidate: [fillSlug(sourceField)] },
    validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
      typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : say(messages.slugFormat, req),
    ...overrides,
  } as TextField
}
