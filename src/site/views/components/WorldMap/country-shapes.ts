import { createRequire } from 'node:module'
import isoCountries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import { MAP_HEIGHT, MAP_WIDTH, project } from './projection'

type Ring = [number, number][]
type Geometry = { type: string; coordinates: Ring[] | Ring[][] }
type Country = { id?: string; properties: { name: string }; geometry: Geometry | null }

/** Rings as an SVG path, breaking a ring where it wraps around the date line. */
function ringsToPath(rings: Ring[]): string {
  let d = ''
  for (const ring of rings) {
    let previous: [number, number] | null = null
    let lastLon = ring[0]?.[0] ?? 0
    for (const [lon, lat] of ring) {
      const point = project(lon, lat)
      const jump = Math.abs(lon - lastLon) > 180
      if (!previous || jump) d += `M${point[0]} ${point[1]}`
      else if (point[0] !== previous[0] || point[1] !== previous[1]) d += `L${point[0]} ${point[1]}`
      previous = point
      lastLon = lon
    }
    d += 'Z'
  }
  return d
}

function geometryPath(geometry: Geometry): string {
  const polygons = geometry.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : [geometry.coordinates as Ring[]]
  return polygons.map(ringsToPath).join('')
}

// Natural Earth gives Kosovo no ISO number; the hub files it under the user-assigned XK.
const unnumbered: Record<string, string> = { Kosovo: 'XK' }

let cached: Map<string, string> | null = null

/** Each country's outline as a path, by ISO 3166-1 alpha-2 code, from world-atlas; computed once per process. */
export function countryShapes(): Map<string, string> {
  if (cached) return cached
  const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json')
  const countries = feature(topology, topology.objects.countries) as unknown as { features: Country[] }
  cached = new Map()
  for (const c of countries.features) {
    const code = c.id ? isoCountries.numericToAlpha2(c.id) : unnumbered[c.properties.name]
    if (c.geometry) cached.set(code ?? `unknown-${c.properties.name}`, geometryPath(c.geometry))
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
