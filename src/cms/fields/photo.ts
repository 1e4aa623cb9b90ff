import type { UploadField } from 'payload'
import { rasterImagesOnly } from '../collections/Media/image-types'
import { l } from '../labels'

/** A page's photo, shown with the credit its image carries. */
export const photoField: UploadField = {
  name: 'photo',
  label: l('Photo', 'Photo', 'الصورة'),
  type: 'upload',
  relationTo: 'media',
  filterOptions: rasterImagesOnly,
  admin: {
    description: l(
      'Shown at the top of the page with the image’s credit. Give the image a credit under Content → Images.',
      'Affichée en haut de la page avec le crédit de l’image. Indiquez ce crédit dans Contenus → Images.',
      'تظهر أعلى الصفحة مع حقوق الصورة. أضف حقوق الصورة من المحتوى ← الصور.',
    ),
  },
}
