import type { Picture as PictureData } from '../../../../services/site/to-picture'

/** A WebP copy for browsers that take it, the original for the rest; below the fold unless told otherwise. */
export function Picture({ picture, eager = false, className }: { picture: PictureData; eager?: boolean; className?: string }) {
  const shown = picture.webp ?? picture
  return (
    <picture className={className}>
      {picture.webp ? <source type="image/webp" srcSet={picture.webp.src} /> : null}
      <img src={picture.src} width={shown.width} height={shown.height} alt={picture.alt} loading={eager ? 'eager' : 'lazy'} decoding="async" />
    </picture>
  )
}
