import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { pageBlocks } from '../../blocks'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'

/** About, team, FAQ, terms and the like: served at /{locale}/{slug}. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: { useAsTitle: 'title', group: 'Content', defaultColumns: ['title', 'slug', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('title', 200),
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600, admin: { description: 'Shown under the title and used by search engines and link previews.' } },
    { name: 'layout', type: 'blocks', blocks: pageBlocks },
  ],
}
