import type { ServerProps } from 'payload'
import { readableOne } from '../../content/related'
import { SVG_TYPE } from '../collections/Media/image-types'
import type { Media } from '../payload-types'

async function brandOf(payload: ServerProps['payload']) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })
  return { name: settings.networkName || 'Strong Cities Network', logo: readableOne(settings.logo), icon: readableOne(settings.favicon) ?? readableOne(settings.logo) }
}

// The box the sign-in page gives the logo (.brand-logo__image in custom.css).
const LOGO_BOX = { width: 160, height: 64 }

/**
 * The logo's size within that box, in its own proportions. An SVG may have
 * no size of its own (it would be drawn at 300 × 150) and draws sharp at
 * any: it fills the box. A picture is never enlarged past its pixels.
 */
function fitted(logo: Media) {
  if (!logo.width || !logo.height) return undefined
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height, logo.mimeType === SVG_TYPE ? Number.POSITIVE_INFINITY : 1)
  return { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) }
}

/** The network's logo on the sign-in page, in place of Payload's; its name when no logo is set. */
export async function BrandLogo({ payload }: ServerProps) {
  const { name, logo } = await brandOf(payload)
  const size = logo ? fitted(logo) : undefined
  return (
    <span className="brand-logo">
      {/* The name follows, so the logo needs no text of its own. */}
      {/* biome-ignore lint/performance/noImgElement: an uploaded logo of any size, shown as it is; next/image would need its sizes configured */}
      {logo?.url ? <img className="brand-logo__image" src={logo.url} alt="" {...size} /> : null}
      <strong className="brand-logo__name">{name}</strong>
    </span>
  )
}

/** The network's icon at the top of the navigation, in place of Payload's. */
export async function BrandIcon({ payload }: ServerProps) {
  const { name, icon } = await brandOf(payload)
  if (!icon?.url) return <span className="brand-icon__initial">{name.slice(0, 1)}</span>
  // biome-ignore lint/performance/noImgElement: as above
  return <img className="brand-icon" src={icon.url} alt={name} />
}
