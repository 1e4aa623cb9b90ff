import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'

export const WorkingGroups: CollectionConfig = {
  slug: 'working-groups',
  admin: { useAsTitle: 'name', group: 'Network' },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('name', 160),
    slugField('name'),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'purpose', type: 'textarea', localized: true, maxLength: 3000 },
    // The enum gets its own name: PostgreSQL already has enum_working_groups_status for drafts' _status.
    {
      type: 'row',
      fields: [
        { name: 'chairCity', type: 'relationship', relationTo: 'cities' },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          enumName: 'enum_working_groups_activity',
          options: [
            { value: 'active', label: 'Active' },
            { value: 'concluded', label: 'Concluded' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startedOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'endedOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' }, condition: (_, sibling) => sibling?.status === 'concluded' } },
      ],
    },
    {
      name: 'outputs',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      admin: { description: 'Position papers and other results. Member cities are set on each city’s profile.' },
    },
  ],
}
