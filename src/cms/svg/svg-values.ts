/**
 * What an SVG's attribute values and style text may point at: only parts of
 * the same file (`#id`, `url(#id)`), and, as an <image>, an embedded raster
 * picture. Values are checked as the browser reads them, after XML character
 * references and CSS escapes are undone, so `&#106;avascript:` or
 * `\75 rl(…)` hide nothing.
 */

const predefinedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Text or an attribute value with its XML references resolved; null when it holds any other entity or a bare `&` (a DTD's entity, or not XML at all). */
export function decodeXml(raw: string): string | null {
  let wellFormed = true
  const decoded = raw.replace(/&([^&;]*)(;?)/g, (_whole, name: string, semicolon: string) => {
    const codePoint = /^#x[0-9a-f]{1,6}$/i.test(name) ? Number.parseInt(name.slice(2), 16) : /^#[0-9]{1,7}$/.test(name) ? Number(name.slice(1)) : null
    if (semicolon && codePoint !== null && codePoint > 0 && codePoint <= 0x10ffff) return String.fromCodePoint(codePoint)
    if (semicolon && name in predefinedEntities) return predefinedEntities[name]
    wellFormed = false
    return ''
  })
  return wellFormed ? decoded : null
}

// Browsers drop whitespace and control characters inside a URL's scheme ("java\tscript:").
const squeezed = (value: string) => value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase()

const rasterDataUrl = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/]*={0,2}$/i
const fragment = /^#[a-z_][\w.:-]*$/i

/** An href may name a part of this file; an <image> may also embed a PNG, JPEG, GIF, WebP or AVIF picture. */
export function isAllowedHref(element: string, value: string): boolean {
  const target = value.trim()
  return fragment.test(target) || (element === 'image' && rasterDataUrl.test(value.replace(/\s+/g, '')))
}

/** CSS without its comments (one left open runs to the end, as in a browser), by indexOf: a pattern would take quadratic time over many unclosed `/*`. */
function withoutComments(css: string): string {
  let kept = ''
  let at = 0
  for (;;) {
    const start = css.indexOf('/*', at)
    if (start < 0) return kept + css.slice(at)
    kept += css.slice(at, start)
    const end = css.indexOf('*/', start + 2)
    if (end < 0) return kept
    at = end + 2
  }
}

/** CSS as the browser reads it: comments gone, escapes undone, lower case. */
function plainCss(css: string): string {
  return withoutComments(css)
    .replace(/\\\r\n|\\[\n\r\f]/g, '')
    .replace(/\\([0-9a-f]{1,6})[ \t\r\n\f]?|\\(.)/gi, (_whole, hex: string | undefined, character: string | undefined) => {
      if (!hex) return character ?? ''
      const codePoint = Number.parseInt(hex, 16)
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd'
    })
    .toLowerCase()
}

const unquoted = (target: string) =>
  target
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()

// Functions and rules that fetch, or run, something: image-set("x.png") needs no url(), nor does @import "x.css".
const fetchingCss = /@import|(?:image-set|image|cross-fade|element|src|expression)\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:/

/** Whether CSS (a style element, a style attribute or a presentation attribute) reaches outside the file: @import, or url() to anything but `#id`. */
export function cssReachesOutside(css: string): boolean {
  const plain = plainCss(css)
  if (fetchingCss.test(squeezed(plain))) return true
  // What follows each url( up to its ")": one left open, or naming anything but `#id`, reaches outside. Split, not a pattern, to stay linear.
  const [, ...afterOpenings] = plain.split(/url\s*\(/)
  return afterOpenings.some((rest) => {
    const end = rest.indexOf(')')
    return end < 0 || !fragment.test(unquoted(rest.slice(0, end)))
  })
}

/** Whether an attribute value names a script or data address (`javascript:`, `data:`, …) outside an href, where nothing legitimate has one. */
export function namesAScheme(value: string): boolean {
  return /(?:javascript|vbscript|data):/.test(squeezed(value))
}
