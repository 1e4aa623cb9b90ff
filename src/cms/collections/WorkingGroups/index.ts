import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { contentChangeHooks } from '../../hooks/announceContentChange'

export const WorkingGroups: CollectionConfig = {
  slug: 'working-groups',
  admin: { useAsTitle: 'name', group: 'Network' },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: contentChangeHooks,
  fields: [
    localizedText('name', 160),
    slugField('name'),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
  ],
}
