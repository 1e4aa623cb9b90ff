import { createHash } from 'node:crypto'
import sharp from 'sharp'

/**
 * A neutral silhouette in a colour derived from the name: demo people get a
 * picture without anyone's real likeness and without fetching anything.
 */
export async function placeholderPortrait(name: string): Promise<Buffer> {
  const hue = createHash('sha1').update(name).digest()[0] * (360 / 256)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320">
  <rect width="320" height="320" fill="hsl(${hue.toFixed(0)},35%,78%)"/>
  <circle cx="160" cy="128" r="62" fill="hsl(${hue.toFixed(0)},30%,42%)"/>
  <path d="M48 320c8-74 56-112 112-112s104 38 112 112z" fill="hsl(${hue.toFixed(0)},30%,42%)"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
