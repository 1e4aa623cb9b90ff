import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: l('Person', 'Personne', 'شخص'), plural: common.people },
  admin: { useAsTitle: 'name', group: groups.network, defaultColumns: ['name', 'role', 'city'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    { name: 'name', label: common.name, type: 'text', required: true, maxLength: 160 },
    slugField('name'),
    { name: 'role', label: l('Role', 'Fonction', 'المنصب'), type: 'text', localized: true, maxLength: 160 },
    { name: 'photo', label: l('Photo', 'Photo', 'الصورة'), type: 'upload', relationTo: 'media' },
    { name: 'city', label: common.city, type: 'relationship', relationTo: 'cities' },
  ],
}
