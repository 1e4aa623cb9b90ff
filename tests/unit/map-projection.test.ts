import { describe, expect, it } from 'vitest'
import { MAP_HEIGHT, MAP_WIDTH, project, unproject } from '../../src/cms/admin/map-projection'

describe('the coordinate picker’s map', () => {
  it('turns a point back into the coordinates it was drawn from', () => {
    for (const [longitude, latitude] of [
      [4.4777, 51.9244],
      [-74.006, 40.7128],
      [151.2093, -33.8688],
    ]) {
      const [x, y] = project(longitude, latitude)
      const back = unproject(x, y)
      expect(back.longitude).toBeCloseTo(longitude, 1)
      expect(back.latitude).toBeCloseTo(latitude, 1)
    }
  })

  it('keeps a click on the edge within range', () => {
    expect(unproject(-5, -5)).toEqual({ latitude: 90, longitude: -180 })
    expect(unproject(MAP_WIDTH + 5, MAP_HEIGHT + 5)).toEqual({ latitude: -90, longitude: 180 })
  })
})
