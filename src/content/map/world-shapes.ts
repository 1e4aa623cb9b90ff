import { createRequire } from 'node:module'
import { feature } from 'topojson-client'

export type Ring = [number, number][]
type Geometry = { type: string; coordinates: Ring[] | Ring[][] }
export type Projection = (longitude: number, latitude: number) => [number, number]

/** Rings as an SVG path in a projection, breaking a ring where it wraps around the date line. */
export function ringsToPath(rings: Ring[], project: Projection): string {
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

/** One geometry of world-atlas as a path. */
export function geometryPath(geometry: Geometry, project: Projection): string {
  const polygons = geometry.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : [geometry.coordinates as Ring[]]
  return polygons.map((rings) => ringsToPath(rings, project)).join('')
}

/** The features of one world-atlas file (Natural Earth at 1:110m), read from the package on the server. */
export function worldFeatures<P>(file: 'land-110m' | 'countries-110m', object: 'land' | 'countries'): { id?: string; properties: P; geometry: Geometry | null }[] {
  const topology = createRequire(import.meta.url)(`world-atlas/${file}.json`)
  return (feature(topology, topology.objects[object]) as unknown as { features: { id?: string; properties: P; geometry: Geometry | null }[] }).features
}
