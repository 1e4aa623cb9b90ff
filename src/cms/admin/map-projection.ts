/** Equirectangular, the whole globe: 2 units a degree, so a click converts back exactly. */
export const MAP_WIDTH = 720
export const MAP_HEIGHT = 360
const scale = MAP_WIDTH / 360

export function project(longitude: number, latitude: number): [number, number] {
  return [Math.round((longitude + 180) * scale * 10) / 10, Math.round((90 - latitude) * scale * 10) / 10]
}

/** The coordinates under a point of the map, to four decimals (about 10 m), kept within range. */
export function unproject(x: number, y: number): { latitude: number; longitude: number } {
  const round = (n: number) => Math.round(n * 10_000) / 10_000
  return {
    latitude: round(Math.max(-90, Math.min(90, 90 - y / scale))),
    longitude: round(Math.max(-180, Math.min(180, x / scale - 180))),
  }
}
