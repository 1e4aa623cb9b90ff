import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks, publishThemeChange } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'

/** The controlled vocabulary of keywords: one term, one label per language. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: l('Theme', 'Thème', 'موضوع'), plural: common.themes },
  admin: { useAsTitle: 'label', group: groups.vocabulary },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [publishThemeChange], afterDelete: publishHooks.afterDelete },
  fields: [localizedText('label', common.label, 120), slugField('label')],
}
