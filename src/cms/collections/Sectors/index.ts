import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'

export const Sectors: CollectionConfig = {
  slug: 'sectors',
  admin: { useAsTitle: 'name', group: 'Vocabulary' },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [localizedText('name', 120), slugField('name')],
}
