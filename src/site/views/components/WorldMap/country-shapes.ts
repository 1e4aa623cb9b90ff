import isoCountries from 'i18n-iso-countries'
import { geometryPath, worldFeatures } from '../../../../content/map/world-shapes'
import { MAP_HEIGHT, MAP_WIDTH, project } from './projection'

// Natural Earth gives Kosovo no ISO number; the hub files it under the user-assigned XK.
const unnumbered: Record<string, string> = { Kosovo: 'XK' }

let cached: Map<string, string> | null = null

/** Each country's outline as a path, by ISO 3166-1 alpha-2 code, from world-atlas; computed once per process. */
export function countryShapes(): Map<string, string> {
  if (cached) return cached
  cached = new Map()
  for (const c of worldFeatures<{ name: string }>('countries-110m', 'countries')) {
    const code = c.id ? isoCountries.numericToAlpha2(c.id) : unnumbered[c.properties.name]
    if (c.geometry) cached.set(code ?? `unknown-${c.properties.name}`, geometryPath(c.geometry, project))
  }
  return cached
}

/**
 * The base map as its own SVG file: the sea, and every country with its
 * border. Pages point at it instead of carrying it, so a visitor downloads
 * the world once, however many maps they open.
 */
export function worldMapSvg(): string {
  const land = [...countryShapes().values()].join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#d5e8f3"/><path d="${land}" fill="#c8cacc" stroke="#fff" stroke-width="0.35" stroke-linejoin="round"/></svg>`
}
