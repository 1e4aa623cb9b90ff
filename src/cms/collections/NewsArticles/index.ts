import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'
import { dayField } from '../../fields/day'
import { rasterImagesOnly } from '../Media/image-types'

export const NewsArticles: CollectionConfig = {
  slug: 'news-articles',
  labels: { singular: l('News article', 'Article', 'خبر'), plural: l('News & press', 'Actualités et presse', 'الأخبار والصحافة') },
  admin: { useAsTitle: 'title', group: groups.content, defaultColumns: ['title', 'type', 'publishedOn', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: publishHooks.afterChange,
    afterDelete: publishHooks.afterDelete,
  },
  defaultSort: '-publishedOn',
  fields: [
    localizedText('title', common.title, 300),
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          label: l('Type', 'Type', 'النوع'),
          type: 'select',
          required: true,
          defaultValue: 'news',
          options: [
            { value: 'news', label: l('News', 'Actualité', 'خبر') },
            { value: 'press-release', label: l('Press release', 'Communiqué de presse', 'بيان صحفي') },
          ],
        },
        dayField('publishedOn', common.publishedOn, { required: true, index: true }),
        { name: 'author', label: l('Author', 'Auteur', 'الكاتب'), type: 'text', maxLength: 160 },
      ],
    },
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'leadImage', label: l('Lead image', 'Image principale', 'الصورة الرئيسية'), type: 'upload', relationTo: 'media', filterOptions: rasterImagesOnly },
    { name: 'body', label: common.body, type: 'richText', localized: true },
    {
      type: 'collapsible',
      label: l('Tags', 'Étiquettes', 'الوسوم'),
      fields: [
        { name: 'themes', label: common.themes, type: 'relationship', relationTo: 'themes', hasMany: true },
        { name: 'regions', label: common.regions, type: 'relationship', relationTo: 'regions', hasMany: true },
        { name: 'cities', label: common.cities, type: 'relationship', relationTo: 'cities', hasMany: true },
        { name: 'youngCities', label: common.youngCities, type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}
