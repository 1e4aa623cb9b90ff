import { createHash } from 'node:crypto'
import sharp from 'sharp'

/**
 * An abstract skyline in colours derived from a title: lead images for demo
 * articles that show no real place or person and fetch nothing.
 */
export async function placeholderScene(title: string): Promise<Buffer> {
  const bytes = createHash('sha1').update(title).digest()
  const hue = bytes[0] * (360 / 256)
  const towers = Array.from({ length: 12 }, (_, i) => {
    const height = 120 + bytes[i + 1] * 1.4
    return `<rect x="${i * 100 + 10}" y="${675 - height}" width="80" height="${height}" fill="hsl(${hue.toFixed(0)},30%,${30 + (bytes[i + 1] % 20)}%)"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
  <rect width="1200" height="675" fill="hsl(${hue.toFixed(0)},45%,82%)"/>
  <circle cx="${200 + bytes[14] * 3}" cy="170" r="70" fill="hsl(${((hue + 40) % 360).toFixed(0)},70%,70%)"/>${towers}
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
