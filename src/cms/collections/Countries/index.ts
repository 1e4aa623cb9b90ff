import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { publishHooks } from '../../hooks/publishChange'

export const Countries: CollectionConfig = {
  slug: 'countries',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'isoCode', 'region'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('name', 120),
    {
      name: 'isoCode',
      label: 'ISO code',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'Two letters, e.g. NL. Also used in the page address.' },
      validate: (v: unknown) => (typeof v === 'string' && /^[A-Z]{2}$/.test(v) ? true : 'Use two capital letters, e.g. NL.'),
    },
    { name: 'region', type: 'relationship', relationTo: 'regions', required: true },
  ],
}
