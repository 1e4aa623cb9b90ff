import { uploadsDir } from '../../../config/uploads-dir'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../../access'
import { isStaffOrFileOfReadableResource } from '../../access/files'
import { audienceField } from '../../fields/audience'

/**
 * Files behind resources. Who may read one follows the resources that use it,
 * so its address is no way around the rule; only staff change files.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  admin: { group: 'Content' },
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
  fields: [audienceField({ admin: { readOnly: true, description: 'Follows the resource that uses this file.' } })],
}
