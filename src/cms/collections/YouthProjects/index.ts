import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'

export const youthProjectStatuses = ['planned', 'active', 'completed'] as const

const statusLabels = {
  planned: l('Planned', 'Prévu', 'مخطط له'),
  active: l('Active', 'En cours', 'جارٍ'),
  completed: l('Completed', 'Terminé', 'مكتمل'),
} satisfies Record<(typeof youthProjectStatuses)[number], unknown>

/** Youth-led projects the Young Cities programme supports. */
export const YouthProjects: CollectionConfig = {
  slug: 'youth-projects',
  labels: { singular: l('Youth project', 'Projet jeunesse', 'مشروع شبابي'), plural: l('Youth projects', 'Projets jeunesse', 'المشاريع الشبابية') },
  admin: { useAsTitle: 'title', group: groups.network, defaultColumns: ['title', 'city', 'status', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('title', common.title, 300),
    slugField('title'),
    { name: 'city', label: common.city, type: 'relationship', relationTo: 'cities', required: true },
    // Its own enum name: PostgreSQL already has enum_youth_projects_status for drafts' _status.
    {
      name: 'status',
      label: common.status,
      type: 'select',
      required: true,
      defaultValue: 'active',
      enumName: 'enum_youth_projects_progress',
      options: youthProjectStatuses.map((s) => ({ value: s, label: statusLabels[s] })),
    },
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 1500 },
  ],
}
