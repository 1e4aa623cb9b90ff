import { createHash } from 'node:crypto'
import type { Brand } from '../services/site/get-site-settings'
import { darken } from '../shared/contrast'
import { DEFAULT_ACCENT, DEFAULT_PRIMARY } from '../content/brand'

/**
 * The brand's colours as CSS custom properties, which site.css reads with
 * the default colours as fallback. A stylesheet of its own rather than a
 * style attribute, because the site's CSP allows no inline style.
 */
export function renderBrandCss(brand: Pick<Brand, 'primaryColour' | 'accentColour'>): string {
  return `:root{--brand-primary:${brand.primaryColour};--brand-primary-dark:${darken(brand.primaryColour, 0.25)};--brand-accent:${brand.accentColour}}\n`
}

/** Where a page finds the brand's stylesheet, or null for the default colours, which cost no request. */
export function brandStylesheet(brand: Pick<Brand, 'primaryColour' | 'accentColour'>): string | null {
  if (brand.primaryColour === DEFAULT_PRIMARY && brand.accentColour === DEFAULT_ACCENT) return null
  // The colours are in the address, so a browser never keeps an old brand.
  return `/brand.css?v=${createHash('sha1').update(renderBrandCss(brand)).digest('hex').slice(0, 10)}`
}
