import type { Media } from '../../cms/payload-types'
import { readableOne } from '../../content/related'

/** `credit` is who took or made the image, shown beneath it where a page shows a photo. */
export type Picture = { src: string; width: number; height: number; alt: string; credit: string | null; webp: { src: string; width: number; height: number } | null }

/** An uploaded image with its resized WebP copy; pages offer the WebP and fall back to the original. */
export function toPicture(value: number | Media | null | undefined, size: 'thumbnail' | 'card' | 'wide'): Picture | null {
  const media = readableOne(value)
  if (!media?.url || !media.width || !media.height) return null
  const sized = media.sizes?.[size]
  return {
    src: media.url,
    width: media.width,
    height: media.height,
    alt: media.alt ?? '',
    credit: media.credit || null,
    webp: sized?.url && sized.width && sized.height ? { src: sized.url, width: sized.width, height: sized.height } : null,
  }
}
