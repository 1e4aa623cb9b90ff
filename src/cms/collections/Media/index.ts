import { uploadsDir } from '../../../config/uploads-dir'
import { localizedText } from '../../fields/localized-text'
import type { CollectionConfig } from 'payload'
import { isAnyone, isStaff } from '../../access'
import { publishHooks } from '../../hooks/publishChange'
import { measureSvg, refuseUnsafeSvgUpload } from '../../hooks/refuseUnsafeSvg'
import { groups, l } from '../../labels'
import { RASTER_TYPES, SVG_TYPE, VIDEO_TYPES } from './image-types'
import { inertFileHeaders } from './inert-file-headers'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: l('Image', 'Image', 'صورة'), plural: l('Images', 'Images', 'الصور') },
  admin: { group: groups.content },
  // City profiles have no images of their own, so city editors have no reason to change the network's pictures.
  access: { read: isAnyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...publishHooks, beforeOperation: [refuseUnsafeSvgUpload], beforeChange: [measureSvg] },
  upload: {
    staticDir: uploadsDir('media'),
    /*
     * One collection for photos and logos, since a logo is chosen, and
     * uploaded, from the same Images drawer as any picture (a collection of
     * its own would be a new table, and a second place to look). SVG is let in
     * for the logo only: every other field that shows an image accepts raster
     * ones alone (`rasterImagesOnly`). Payload resizes only what sharp can
     * (canResizeImage), so an SVG gets none of the sizes below and is served
     * as uploaded, after the allow-list check (src/cms/svg).
     *
     * A lesson's video file lives here too, for the same reason (one drawer,
     * no new table): MP4 or WebM, which Payload checks by their bytes and
     * stores as uploaded, with no sizes and no width or height. Only the
     * video block may choose one (`videosOnly`); every field that shows an
     * image filters videos out. Uploads are capped by `upload.limits` in
     * payload.config.ts (10 MB for every file), which holds for videos too.
     */
    mimeTypes: [...RASTER_TYPES, SVG_TYPE, ...VIDEO_TYPES],
    modifyResponseHeaders: inertFileHeaders,
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
