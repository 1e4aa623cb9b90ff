import type { Field } from 'payload'
import { nobody } from '../access'
import { l } from '../labels'

/**
 * The fields every learner record shares. Only the site writes them (with
 * overrideAccess, as the learner acts), so no request may set them: a score
 * or a member id in a posted body changes nothing.
 */
export const learnerFields = {
  member: {
    name: 'member',
    label: l('Learner', 'Apprenant', 'المتعلّم'),
    type: 'relationship',
    relationTo: 'users',
    index: true,
    access: { create: nobody, update: nobody },
    admin: { readOnly: true },
  },
  module: {
    name: 'module',
    label: l('Training module', 'Module de formation', 'الوحدة التدريبية'),
    type: 'relationship',
    relationTo: 'training-modules',
    required: true,
    index: true,
    access: { create: nobody, update: nobody },
    admin: { readOnly: true },
  },
} as const satisfies Record<string, Field>

/** A field only the site writes: read-only in /admin and refused from any request. */
export function siteWritten<F extends Field>(field: F): F {
  return { ...field, access: { create: nobody, update: nobody }, admin: { ...('admin' in field ? field.admin : {}), readOnly: true } }
}
