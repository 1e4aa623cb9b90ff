import jsQR from 'jsqr'

/** A dark rectangle in module units, on a light square `size` modules wide. */
export type ModuleRect = { x: number; y: number; width: number; height: number }

const PIXELS_PER_MODULE = 4

/** Paints the rectangles as a camera would see them and reads the QR code back, or null if no code can be read. */
export function decodeQr(rects: ModuleRect[], size: number): string | null {
  const side = size * PIXELS_PER_MODULE
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const rect of rects) {
    for (let y = Math.round(rect.y * PIXELS_PER_MODULE); y < Math.round((rect.y + rect.height) * PIXELS_PER_MODULE); y++) {
      for (let x = Math.round(rect.x * PIXELS_PER_MODULE); x < Math.round((rect.x + rect.width) * PIXELS_PER_MODULE); x++) {
        rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3)
      }
    }
  }
  return jsQR(rgba, side, side, { inversionAttempts: 'dontInvert' })?.data ?? null
}
