import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'
import { dayField } from '../../fields/day'

export const WorkingGroups: CollectionConfig = {
  slug: 'working-groups',
  labels: { singular: l('Working group', 'Groupe de travail', 'مجموعة عمل'), plural: l('Working groups', 'Groupes de travail', 'مجموعات العمل') },
  admin: { useAsTitle: 'name', group: groups.network },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('name', common.name, 160),
    slugField('name'),
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'purpose', label: l('Purpose', 'Objectif', 'الهدف'), type: 'textarea', localized: true, maxLength: 3000 },
    // The enum gets its own name: PostgreSQL already has enum_working_groups_status for drafts' _status.
    {
      type: 'row',
      fields: [
        { name: 'chairCity', label: l('Chair city', 'Ville présidente', 'المدينة الرئيسة'), type: 'relationship', relationTo: 'cities' },
        {
          name: 'status',
          label: common.status,
          type: 'select',
          required: true,
          defaultValue: 'active',
          enumName: 'enum_working_groups_activity',
          options: [
            { value: 'active', label: l('Active', 'Actif', 'نشطة') },
            { value: 'concluded', label: l('Concluded', 'Terminé', 'منتهية') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [dayField('startedOn', common.startedOn), dayField('endedOn', common.endedOn, { admin: { condition: (_, sibling) => sibling?.status === 'concluded' } })],
    },
    {
      name: 'outputs',
      label: l('Outputs', 'Productions', 'المخرجات'),
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      admin: {
        description: l(
          'Position papers and other results. Member cities are set on each city’s profile.',
          'Prises de position et autres résultats. Les villes membres se choisissent sur la fiche de chaque ville.',
          'أوراق المواقف والنتائج الأخرى. تُحدَّد المدن الأعضاء في ملف كل مدينة.',
        ),
      },
    },
  ],
}
