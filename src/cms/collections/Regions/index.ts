import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { hasRole } from '../../access/roles'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'

export const Regions: CollectionConfig = {
  slug: 'regions',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'slug', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('name', 120),
    slugField('name'),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'hubTeam', label: 'Hub team', type: 'relationship', relationTo: 'people', hasMany: true },
    {
      name: 'hubTeamEmail',
      label: 'Hub team inbox',
      type: 'email',
      access: { read: ({ req }) => hasRole(req.user, 'admin', 'editor') },
      admin: { description: 'Help-desk requests from this region’s member cities go here.' },
    },
  ],
}
