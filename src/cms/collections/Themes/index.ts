import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { slugField } from '../../fields/slug'
import { publishHooks, publishThemeChange } from '../../hooks/publishChange'

/** The controlled vocabulary of keywords: one term, one label per language. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  admin: { useAsTitle: 'label', group: 'Vocabulary' },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [publishThemeChange], afterDelete: publishHooks.afterDelete },
  fields: [localizedText('label', 120), slugField('label')],
}
