import type { ServerProps } from 'payload'
import { readableOne } from '../../content/related'

async function brandOf(payload: ServerProps['payload']) {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })
  return { name: settings.networkName || 'Strong Cities Network', logo: readableOne(settings.logo), icon: readableOne(settings.favicon) ?? readableOne(settings.logo) }
}

/** The network's logo on the sign-in page, in place of Payload's; its name when no logo is set. */
export async function BrandLogo({ payload }: ServerProps) {
  const { name, logo } = await brandOf(payload)
  return (
    <span className="brand-logo">
      {/* The name follows, so the logo needs no text of its own. */}
      {/* biome-ignore lint/performance/noImgElement: an uploaded logo of any size, shown as it is; next/image would need its sizes configured */}
      {logo?.url ? <img className="brand-logo__image" src={logo.url} alt="" /> : null}
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
