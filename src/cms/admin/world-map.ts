import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import { MAP_HEIGHT, MAP_WIDTH, project } from './map-projection'

type Ring = [number, number][]

/** Rings as an SVG path, breaking a ring where it wraps around the date line. */
function ringsToPath(rings: Ring[]): string {
  let d = ''
  for (const ring of rings) {
    let lastLon = ring[0]?.[0] ?? 0
    ring.forEach(([lon, lat], index) => {
      const [x, y] = project(lon, lat)
      d += `${index === 0 || Math.abs(lon - lastLon) > 180 ? 'M' : 'L'}${x} ${y}`
      lastLon = lon
    })
    d += 'Z'
  }
  return d
}

let cached: string | null = null

/**
 * The land outline for the back office's coordinate picker, from the
 * world-atlas package on the server: the browser gets one path and loads
 * nothing from anywhere else. (The public site draws its own map in
 * src/site; this one also has to turn a click back into coordinates.)
 */
export function landPath(): { d: string; width: number; height: number } {
  if (!cached) {
    const topology = createRequire(import.meta.url)('world-atlas/land-110m.json')
    const land = feature(topology, topology.objects.land) as unknown as { features: { geometry: { type: string; coordinates: Ring[] | Ring[][] } }[] }
    const polygons = land.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? (f.geometry.coordinates as Ring[][]) : [f.geometry.coordinates as Ring[]]))
    cached = polygons.map(ringsToPath).join('')
  }
  return { d: cached, width: MAP_WIDTH, height: MAP_HEIGHT }
}
