import type { CollectionConfig, Where } from 'payload'
import { isStaff } from '../../access'
import { hasRole } from '../../access/roles'
import { audienceField } from '../../fields/audience'
import { documentLanguageOptions } from '../../fields/document-languages'
import { localizedText } from '../../fields/localized-text'
import { resourceTypes } from '../../fields/resource-types'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { publishHooks } from '../../hooks/publishChange'
import { shareAudienceWithFile } from '../../hooks/shareAudienceWithFile'

export const Resources: CollectionConfig = {
  slug: 'resources',
  admin: { useAsTitle: 'title', group: 'Content', defaultColumns: ['title', 'type', 'publishedOn', 'audience', '_status'] },
  access: {
    read: ({ req }) => {
      if (hasRole(req.user, 'admin', 'editor')) return true
      if (hasRole(req.user, 'city-editor', 'member')) return { _status: { equals: 'published' } }
      const publishedForEveryone: Where = { and: [{ _status: { equals: 'published' } }, { audience: { equals: 'public' } }] }
      return publishedForEveryone
    },
    create: isStaff,
    update: isStaff,
    delete: isStaff,
    readVersions: isStaff,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [shareAudienceWithFile, ...publishHooks.afterChange],
    afterDelete: publishHooks.afterDelete,
  },
  fields: [
    localizedText('title', 300),
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 3000 },
    {
      type: 'row',
      fields: [{ name: 'type', type: 'select', required: true, options: resourceTypes.map((t) => ({ value: t, label: t.replace('-', ' ') })) }, audienceField()],
    },
    { name: 'documentLanguages', label: 'Language(s) of the document', type: 'select', hasMany: true, required: true, options: documentLanguageOptions },
    {
      type: 'row',
      fields: [
        { name: 'publishedOn', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'lastUpdated', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'file', type: 'upload', relationTo: 'documents', admin: { description: 'A PDF, up to 10 MB. Or give a link below.' } },
    urlField('externalUrl', {
      label: 'External link',
      validate: (value: unknown, { siblingData }: { siblingData: { file?: unknown } }) => {
        if (value) return /^(https?:)\/\//.test(String(value)) ? true : 'Enter a full web address starting with https:// or http://.'
        return siblingData?.file ? true : 'Attach a PDF or give a link to the resource.'
      },
    }),
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true },
    { name: 'cities', type: 'relationship', relationTo: 'cities', hasMany: true },
    { name: 'sectors', type: 'relationship', relationTo: 'sectors', hasMany: true },
  ],
}
