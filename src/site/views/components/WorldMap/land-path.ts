import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import { project } from './projection'

type Ring = [number, number][]

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

let cached: string | null = null

/** The world's land outline from the world-atlas package, computed once per process. */
export function landPath(): string {
  if (cached) return cached
  const topology = createRequire(import.meta.url)('world-atlas/land-110m.json')
  const land = feature(topology, topology.objects.land) as unknown as {
    features: { geometry: { type: string; coordinates: Ring[] | Ring[][] } }[]
  }
  const polygons = land.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? (f.geometry.coordinates as Ring[][]) : [f.geometry.coordinates as Ring[]]))
  cached = polygons.map(ringsToPath).join('')
  return cached
}
