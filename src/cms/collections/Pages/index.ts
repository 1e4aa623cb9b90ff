import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { pageBlocks } from '../../blocks'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'

/** About, team, FAQ, terms and the like: served at /{locale}/{slug}. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: l('Page', 'Page', 'صفحة'), plural: l('Pages', 'Pages', 'الصفحات') },
  admin: { useAsTitle: 'title', group: groups.content, defaultColumns: ['title', 'slug', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('title', common.title, 200),
    slugField('title'),
    {
      name: 'summary',
      label: common.summary,
      type: 'textarea',
      localized: true,
      maxLength: 600,
      admin: {
        description: l(
          'Shown under the title and used by search engines and link previews.',
          'Affiché sous le titre et utilisé par les moteurs de recherche et les aperçus de liens.',
          'يظهر تحت العنوان وتستخدمه محركات البحث ومعاينات الروابط.',
        ),
      },
    },
    {
      name: 'layout',
      label: l('Content blocks', 'Blocs de contenu', 'كتل المحتوى'),
      labels: { singular: l('Block', 'Bloc', 'كتلة'), plural: l('Blocks', 'Blocs', 'الكتل') },
      type: 'blocks',
      blocks: pageBlocks,
    },
  ],
}
