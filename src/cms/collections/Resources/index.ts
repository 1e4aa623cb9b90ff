import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublishedToAudience } from '../../access'
import { audienceField } from '../../fields/audience'
import { documentLanguageOptions } from '../../fields/document-languages'
import { localizedText } from '../../fields/localized-text'
import { resourceTypeLabels, resourceTypes } from '../../fields/resource-types'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { publishHooks } from '../../hooks/publishChange'
import { shareAudienceWithFile } from '../../hooks/shareAudienceWithFile'
import { common, groups, l, say } from '../../labels'
import { dayField } from '../../fields/day'

const webAddress = l(
  'Enter a full web address starting with https:// or http://.',
  'Saisissez une adresse complète commençant par https:// ou http://.',
  'أدخل عنوانًا كاملًا يبدأ بـ https:// أو http://.',
)
const fileOrLink = l('Attach a PDF or give a link to the resource.', 'Joignez un PDF ou indiquez un lien vers la ressource.', 'أرفق ملف PDF أو أضف رابطًا إلى المورد.')

export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: { singular: l('Resource', 'Ressource', 'مورد'), plural: common.resources },
  admin: { useAsTitle: 'title', group: groups.content, defaultColumns: ['title', 'type', 'publishedOn', 'audience', '_status'] },
  access: {
    read: isStaffOrPublishedToAudience,
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
    localizedText('title', common.title, 300),
    slugField('title'),
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 3000 },
    {
      type: 'row',
      fields: [
        { name: 'type', label: l('Type', 'Type', 'النوع'), type: 'select', required: true, options: resourceTypes.map((t) => ({ value: t, label: resourceTypeLabels[t] })) },
        audienceField(),
      ],
    },
    {
      name: 'documentLanguages',
      label: l('Language(s) of the document', 'Langue(s) du document', 'لغة (لغات) المستند'),
      type: 'select',
      hasMany: true,
      required: true,
      options: documentLanguageOptions,
    },
    {
      type: 'row',
      fields: [dayField('publishedOn', common.publishedOn, { required: true }), dayField('lastUpdated', l('Last updated', 'Dernière mise à jour', 'آخر تحديث'))],
    },
    {
      name: 'file',
      label: l('File', 'Fichier', 'الملف'),
      type: 'upload',
      relationTo: 'documents',
      admin: {
        description: l('A PDF, up to 10 MB. Or give a link below.', 'Un PDF de 10 Mo au plus. Ou indiquez un lien ci-dessous.', 'ملف PDF حتى 10 ميغابايت، أو أضف رابطًا أدناه.'),
      },
    },
    urlField('externalUrl', {
      label: l('External link', 'Lien externe', 'رابط خارجي'),
      validate: (value: unknown, { req, siblingData }: { req: { i18n?: { language?: string } }; siblingData: { file?: unknown } }) => {
        if (value) return /^(https?:)\/\//.test(String(value)) ? true : say(webAddress, req)
        return siblingData?.file ? true : say(fileOrLink, req)
      },
    }),
    { name: 'themes', label: common.themes, type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'regions', label: common.regions, type: 'relationship', relationTo: 'regions', hasMany: true },
    { name: 'cities', label: common.cities, type: 'relationship', relationTo: 'cities', hasMany: true },
    { name: 'sectors', label: common.sectors, type: 'relationship', relationTo: 'sectors', hasMany: true },
  ],
}
