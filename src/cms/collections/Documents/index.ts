import { uploadsDir } from '../../../config/uploads-dir'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../../access'
import { isStaffOrFileOfReadableResource } from '../../access/files'
import { audienceField } from '../../fields/audience'
import { groups, l } from '../../labels'

/**
 * Files behind resources. Who may read one follows the resources that use it,
 * so its address is no way around the rule; only staff change files.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: l('Document', 'Document', 'مستند'), plural: l('Documents', 'Documents', 'المستندات') },
  admin: { group: groups.content },
  access: {
    read: isStaffOrFileOfReadableResource,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  upload: {
    staticDir: uploadsDir('documents'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    audienceField({
      admin: { readOnly: true, description: l('Follows the resource that uses this file.', 'Suit la ressource qui utilise ce fichier.', 'يتبع المورد الذي يستخدم هذا الملف.') },
    }),
  ],
}
