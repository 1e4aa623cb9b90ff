import type { ViewBox } from './fit-view-box'
import { project } from './projection'

export type MapCity = { slug: string; name: string; latitude: number; longitude: number; country: string | null; region: string | null }

/** One city, or several drawn as one numbered marker because they would overlap. */
export type Marker = { x: number; y: number; cities: MapCity[] }

/** WCAG 2.5.8: a pointer target at least 24 CSS pixels across. */
export const TARGET_PX = 24

/**
 * Groups cities whose markers would overlap when the map's view box is drawn
 * `renderedWidth` pixels wide, so that every marker is a whole target of its
 * own. Merging moves a marker to its cities' centre, which can bring it onto
 * another one, so it repeats until no two markers overlap.
 */
export function clusterMarkers(cities: MapCity[], box: ViewBox, renderedWidth: number): Marker[] {
  const spacing = (TARGET_PX + 2) * (box.width / renderedWidth)
  let markers: Marker[] = cities.map((city) => {
    const [x, y] = project(city.longitude, city.latitude)
    return { x, y, cities: [city] }
  })
  for (let merged = true; merged; ) {
    merged = false
    const next: Marker[] = []
    for (const m of markers) {
      const near = next.find((n) => Math.hypot(n.x - m.x, n.y - m.y) < spacing)
      if (!near) {
        next.push(m)
        continue
      }
      const count = near.cities.length + m.cities.length
      near.x = (near.x * near.cities.length + m.x * m.cities.length) / count
      near.y = (near.y * near.cities.length + m.y * m.cities.length) / count
      near.cities = [...near.cities, ...m.cities]
      merged = true
    }
    markers = next
  }
  return markers
}
