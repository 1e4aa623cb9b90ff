import { isOnlyCityEditor } from '../../access/roles'
import type { Field, GlobalConfig } from 'payload'
import { isAnyone, isStaff } from '../../access'
import { linkField } from '../../fields/link'
import { publishGlobalChange } from '../../hooks/publishChange'
import { common, groups, l } from '../../labels'

const link: Field[] = [{ name: 'label', label: common.label, type: 'text', required: true, maxLength: 80 }, linkField('href')]
const links = { singular: common.link, plural: l('Links', 'Liens', 'الروابط') }

/**
 * Header menu and footer links. Each language has its own list, so a menu
 * can leave out a page that is not translated yet.
 */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: l('Navigation', 'Navigation', 'قوائم التنقل'),
  admin: { group: groups.administration, hidden: ({ user }) => isOnlyCityEditor(user) },
  access: { read: isAnyone, update: isStaff },
  hooks: { afterChange: [publishGlobalChange] },
  fields: [
    {
      name: 'mainMenu',
      label: l('Header menu', 'Menu de l’en-tête', 'قائمة الترويسة'),
      labels: { singular: l('Section', 'Rubrique', 'قسم'), plural: l('Sections', 'Rubriques', 'الأقسام') },
      type: 'array',
      localized: true,
      maxRows: 8,
      admin: {
        description: l(
          'The sections of the header menu, each with up to eight links.',
          'Les rubriques du menu de l’en-tête, chacune avec huit liens au plus.',
          'أقسام قائمة الترويسة، ولكل قسم ثمانية روابط على الأكثر.',
        ),
      },
      fields: [...link, { name: 'children', label: links.plural, labels: links, type: 'array', maxRows: 8, fields: link }],
    },
    { name: 'footerLinks', label: l('Footer links', 'Liens du pied de page', 'روابط التذييل'), labels: links, type: 'array', localized: true, maxRows: 12, fields: link },
  ],
}
