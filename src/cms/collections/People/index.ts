import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'
import { rasterImagesOnly } from '../Media/image-types'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: l('Person', 'Personne', 'شخص'), plural: common.people },
  admin: { useAsTitle: 'name', group: groups.network, defaultColumns: ['name', 'role', 'city'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    // One per script ("أحمد أبو طالب" on Arabic pages); other languages fall back to the default one.
    localizedText('name', common.name, 160),
    slugField('name'),
    { name: 'role', label: l('Role', 'Fonction', 'المنصب'), type: 'text', localized: true, maxLength: 160 },
    { name: 'photo', label: l('Photo', 'Photo', 'الصورة'), type: 'upload', relationTo: 'media', filterOptions: rasterImagesOnly },
    { name: 'city', label: common.city, type: 'relationship', relationTo: 'cities' },
  ],
}
