import type { Field, GlobalConfig } from 'payload'
import { isAnyone, isStaff } from '../../access'
import { linkField } from '../../fields/link'
import { publishGlobalChange } from '../../hooks/publishChange'

const link: Field[] = [{ name: 'label', type: 'text', required: true, maxLength: 80 }, linkField('href')]

/**
 * Header menu and footer links. Each language has its own list, so a menu
 * can leave out a page that is not translated yet.
 */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  admin: { group: 'Administration' },
  access: { read: isAnyone, update: isStaff },
  hooks: { afterChange: [publishGlobalChange] },
  fields: [
    {
      name: 'mainMenu',
      type: 'array',
      localized: true,
      maxRows: 8,
      admin: { description: 'The sections of the header menu, each with up to eight links.' },
      fields: [...link, { name: 'children', label: 'Links', type: 'array', maxRows: 8, fields: link }],
    },
    { name: 'footerLinks', type: 'array', localized: true, maxRows: 12, fields: link },
  ],
}
