import { MAP_HEIGHT, MAP_WIDTH, project } from './projection'

export type ViewBox = { x: number; y: number; width: number; height: number }

// The map never zooms in further than this share of the world's width (7°),
// so a country's cities keep some land around them for orientation, yet
// most neighbouring cities in one country come apart.
const MIN_WIDTH = MAP_WIDTH / 50
const MARGIN = 0.25

/** The part of the world map that holds these points, at the map's own proportions. */
export function fitViewBox(points: { latitude: number; longitude: number }[]): ViewBox {
  if (!points.length) return { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT }
  const xy = points.map((p) => project(p.longitude, p.latitude))
  const xs = xy.map(([x]) => x)
  const ys = xy.map(([, y]) => y)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const ratio = MAP_HEIGHT / MAP_WIDTH
  let width = Math.max(MIN_WIDTH, (maxX - minX) * (1 + 2 * MARGIN), ((maxY - minY) * (1 + 2 * MARGIN)) / ratio)
  width = Math.min(width, MAP_WIDTH)
  const height = width * ratio
  const clamp = (v: number, size: number, max: number) => Math.min(Math.max(v, 0), max - size)
  return { x: clamp((minX + maxX) / 2 - width / 2, width, MAP_WIDTH), y: clamp((minY + maxY) / 2 - height / 2, height, MAP_HEIGHT), width, height }
}
