import { uploadsDir } from '../../../config/uploads-dir'
import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isBackOfficeUser, isAnyone, isStaff } from '../../access'
import { contentChangeHooks } from '../../hooks/announceContentChange'

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content' },
  access: { read: isAnyone, create: isBackOfficeUser, update: isBackOfficeUser, delete: isStaff },
  hooks: contentChangeHooks,
  upload: {
    staticDir: uploadsDir('media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 480, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'wide', width: 960, formatOptions: { format: 'webp', options: { quality: 72 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [localizedText('alt', 300)],
}
