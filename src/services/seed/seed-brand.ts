import type { Payload } from 'payload'
import sharp from 'sharp'
import { createImage } from './seed-programmes'

/**
 * The demo network's mark: linked dots in a white disc, drawn here so that
 * the demo shows a branded header and back office without anyone's logo.
 */
async function demoLogo(): Promise<Buffer> {
  const dots = [
    [64, 30],
    [96, 52],
    [88, 92],
    [44, 96],
    [30, 56],
  ]
  const links = dots.map(([x, y], i) => `M64 64L${x} ${y}M${x} ${y}L${dots[(i + 1) % dots.length].join(' ')}`).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 128 128">
  <circle cx="64" cy="64" r="62" fill="#ffffff"/>
  <path d="${links}" stroke="#1d70b8" stroke-width="4" stroke-linecap="round"/>
  ${dots.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="9" fill="#0b3d5c"/>`).join('')}
  <circle cx="64" cy="64" r="12" fill="#ffdd00" stroke="#0b3d5c" stroke-width="4"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

export async function seedBrand(payload: Payload) {
  const logo = await createImage(payload, 'brand-logo.png', await demoLogo(), 'image/png', {
    en: 'Strong Cities Network logo',
    fr: 'Logo du Strong Cities Network',
    ar: 'شعار شبكة المدن القوية',
  })
  await payload.updateGlobal({ slug: 'site-settings', data: { logo, favicon: logo }, overrideAccess: true })
}
