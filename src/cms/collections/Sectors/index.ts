import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups } from '../../labels'

export const Sectors: CollectionConfig = {
  slug: 'sectors',
  labels: { singular: common.sector, plural: common.sectors },
  admin: { useAsTitle: 'name', group: groups.vocabulary },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [localizedText('name', common.name, 120), slugField('name')],
}
