import type { Picture as PictureData } from '../../../../services/site/to-picture'
import type { PageContext } from '../../context'
import { Picture } from '../Picture'

/** A page's photo at the top, loaded at once, with its credit beneath it. */
export function PagePhoto({ ctx, photo }: { ctx: PageContext; photo: PictureData | null }) {
  if (!photo) return null
  return (
    <figure className="page-photo">
      <Picture picture={photo} eager />
      {photo.credit ? <figcaption className="page-photo__credit">{ctx.t('photo.credit', { credit: photo.credit })}</figcaption> : null}
    </figure>
  )
}
