import { uploadsDir } from '../../../config/uploads-dir'
import type { CollectionConfig } from 'payload'
import { isBackOfficeUser, isStaff } from '../../access'
import { hasRole } from '../../access/roles'
import { audienceField } from '../../fields/audience'

/**
 * Files behind resources. A members-only resource's file is members-only too
 * (kept in step by the resource), so its address is no way around the rule.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  admin: { group: 'Content' },
  access: {
    read: ({ req }) => hasRole(req.user, 'admin', 'editor', 'city-editor', 'member') || { audience: { equals: 'public' } },
    create: isBackOfficeUser,
    update: isBackOfficeUser,
    delete: isStaff,
  },
  upload: {
    staticDir: uploadsDir('documents'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    audienceField({ admin: { readOnly: true, description: 'Follows the resource that uses this file.' } }),
  ],
}
