import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'

export const People: CollectionConfig = {
  slug: 'people',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'role', 'city'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160 },
    slugField('name'),
    { name: 'role', type: 'text', localized: true, maxLength: 160 },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'city', type: 'relationship', relationTo: 'cities' },
  ],
}
