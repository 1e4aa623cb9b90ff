/** Equirectangular projection cropped to inhabited latitudes: 1 unit = 0.36°. */
export const MAP_WIDTH = 1000
const NORTH = 84
const SOUTH = -58
const scale = MAP_WIDTH / 360
export const MAP_HEIGHT = Math.round((NORTH - SOUTH) * scale)

export function project(longitude: number, latitude: number): [number, number] {
  const lat = Math.max(SOUTH, Math.min(NORTH, latitude))
  return [Math.round((longitude + 180) * scale * 10) / 10, Math.round((NORTH - lat) * scale * 10) / 10]
}
