import type { SelectField } from 'payload'
import { l } from '../labels'

/** Who may see a resource (and its file): everyone, or signed-in hub members. */
export function audienceField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'audience',
    label: l('Who may see it', 'Qui peut le voir', 'من يمكنه الاطلاع عليه'),
    type: 'select',
    required: true,
    defaultValue: 'public',
    options: [
      { value: 'public', label: l('Everyone', 'Tout le monde', 'الجميع') },
      { value: 'members', label: l('Hub members only', 'Membres du hub uniquement', 'أعضاء المنصة فقط') },
    ],
    ...overrides,
  } as SelectField
}
