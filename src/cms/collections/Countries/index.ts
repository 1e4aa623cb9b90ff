import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { publishHooks } from '../../hooks/publishChange'
import { common, groups, l, say } from '../../labels'

const isoCodeFormat = l('Use two capital letters, e.g. NL.', 'Utilisez deux lettres majuscules, par exemple NL.', 'استخدم حرفين لاتينيين كبيرين، مثل NL.')

export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: { singular: l('Country', 'Pays', 'بلد'), plural: l('Countries', 'Pays', 'البلدان') },
  admin: { useAsTitle: 'name', group: groups.network, defaultColumns: ['name', 'isoCode', 'region'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: publishHooks,
  fields: [
    localizedText('name', common.name, 120),
    {
      name: 'isoCode',
      label: l('ISO code', 'Code ISO', 'رمز ISO'),
      type: 'text',
      required: true,
      unique: true,
      admin: {
        description: l(
          'Two letters, e.g. NL. Also used in the page address.',
          'Deux lettres, par exemple NL. Sert aussi dans l’adresse de la page.',
          'حرفان، مثل NL. يُستخدم أيضًا في عنوان الصفحة.',
        ),
      },
      validate: (v: unknown, { req }: { req: { i18n?: { language?: string } } }) => (typeof v === 'string' && /^[A-Z]{2}$/.test(v) ? true : say(isoCodeFormat, req)),
    },
    { name: 'region', label: common.region, type: 'relationship', relationTo: 'regions', required: true },
  ],
}
