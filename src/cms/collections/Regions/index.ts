import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { hasRole } from '../../access/roles'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'
import { photoField } from '../../fields/photo'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: l('Region', 'Région', 'منطقة'), plural: common.regions },
  admin: { useAsTitle: 'name', group: groups.network, defaultColumns: ['name', 'slug', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('name', common.name, 120),
    slugField('name'),
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 1000 },
    photoField,
    { name: 'hubTeam', label: l('Hub team', 'Équipe du pôle régional', 'فريق المركز الإقليمي'), type: 'relationship', relationTo: 'people', hasMany: true },
    {
      name: 'hubTeamEmail',
      label: l('Hub team inbox', 'Boîte de l’équipe du pôle', 'بريد فريق المركز الإقليمي'),
      type: 'email',
      access: { read: ({ req }) => hasRole(req.user, 'admin', 'editor') },
      admin: {
        description: l(
          'Help-desk requests from this region’s member cities go here.',
          'Les demandes d’assistance des villes membres de cette région arrivent ici.',
          'تصل إلى هنا طلبات الدعم من المدن الأعضاء في هذه المنطقة.',
        ),
      },
    },
  ],
}
