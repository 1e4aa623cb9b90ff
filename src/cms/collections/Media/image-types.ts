import type { Where } from 'payload'

/** What sharp resizes: pages offer its WebP copies, with the original as fallback. */
export const RASTER_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

/** Drawn, not photographed: kept as uploaded, checked against an allow-list (src/cms/svg). */
export const SVG_TYPE = 'image/svg+xml'

/**
 * A lesson's own video: what every current browser plays in a <video>
 * element. Kept as uploaded (Payload resizes images only), never shown as
 * a picture.
 */
export const VIDEO_TYPES = ['video/mp4', 'video/webm']

/**
 * For upload fields that show a photo, a browser icon or a link preview:
 * only raster images may be chosen, and saved (Payload applies filterOptions
 * on the server too). An SVG in Images is there to be the brand's logo.
 */
export const rasterImagesOnly: Where = { mimeType: { in: RASTER_TYPES } }

/** For the logo: a raster image or an SVG, never a video. */
export const imagesOnly: Where = { mimeType: { in: [...RASTER_TYPES, SVG_TYPE] } }

/** For a lesson's video block: only the videos in Images. */
export const videosOnly: Where = { mimeType: { in: VIDEO_TYPES } }
