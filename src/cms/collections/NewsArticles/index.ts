import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'

export const NewsArticles: CollectionConfig = {
  slug: 'news-articles',
  labels: { singular: 'News article', plural: 'News & press' },
  admin: { useAsTitle: 'title', group: 'Content', defaultColumns: ['title', 'type', 'publishedOn', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: publishHooks.afterChange,
    afterDelete: publishHooks.afterDelete,
  },
  defaultSort: '-publishedOn',
  fields: [
    localizedText('title', 300),
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'news',
          options: [
            { value: 'news', label: 'News' },
            { value: 'press-release', label: 'Press release' },
          ],
        },
        { name: 'publishedOn', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'author', type: 'text', maxLength: 160 },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'leadImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'collapsible',
      label: 'Tags',
      fields: [
        { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
        { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true },
        { name: 'cities', type: 'relationship', relationTo: 'cities', hasMany: true },
        { name: 'youngCities', label: 'Young Cities programme', type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}
