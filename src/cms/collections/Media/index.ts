import { uploadsDir } from '../../../config/uploads-dir'
import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isAnyone, isStaff } from '../../access'
import { publishHooks } from '../../hooks/publishChange'
import { groups, l } from '../../labels'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: l('Image', 'Image', 'صورة'), plural: l('Images', 'Images', 'الصور') },
  admin: { group: groups.content },
  // City profiles have no images of their own, so city editors have no reason to change the network's pictures.
  access: { read: isAnyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: publishHooks,
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
  fields: [
    localizedText('alt', l('Alternative text', 'Texte alternatif', 'النص البديل'), 300),
    {
      name: 'credit',
      label: l('Credit', 'Crédit', 'حقوق الصورة'),
      type: 'text',
      maxLength: 200,
      admin: {
        description: l(
          'Who took or made the image, shown beneath it, e.g. “Photo: City of Rotterdam”.',
          'L’auteur de l’image, affiché en dessous, par exemple « Photo : Ville de Rotterdam ».',
          'صاحب الصورة أو صانعها، ويظهر أسفلها، مثل «تصوير: بلدية روتردام».',
        ),
      },
    },
  ],
}
