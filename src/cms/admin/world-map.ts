import { geometryPath, worldFeatures } from '../../content/map/world-shapes'
import { MAP_HEIGHT, MAP_WIDTH, project } from './map-projection'

let cached: string | null = null

/**
 * The land outline for the back office's coordinate picker, from the
 * world-atlas package on the server: the browser gets one path and loads
 * nothing from anywhere else. It has a projection of its own (the whole
 * globe, so that a click turns back into coordinates exactly); the shapes
 * are drawn by the same code as the public site's map.
 */
export function landPath(): { d: string; width: number; height: number } {
  if (!cached) {
    cached = worldFeatures('land-110m', 'land')
      .map((f) => (f.geometry ? geometryPath(f.geometry, project) : ''))
      .join('')
  }
  return { d: cached, width: MAP_WIDTH, height: MAP_HEIGHT }
}
