import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'

export const youthProjectStatuses = ['planned', 'active', 'completed'] as const

/** Youth-led projects the Young Cities programme supports. */
export const YouthProjects: CollectionConfig = {
  slug: 'youth-projects',
  admin: { useAsTitle: 'title', group: 'Network', defaultColumns: ['title', 'city', 'status', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('title', 300),
    slugField('title'),
    { name: 'city', type: 'relationship', relationTo: 'cities', required: true },
    // Its own enum name: PostgreSQL already has enum_youth_projects_status for drafts' _status.
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      enumName: 'enum_youth_projects_progress',
      options: youthProjectStatuses.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) })),
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1500 },
  ],
}
