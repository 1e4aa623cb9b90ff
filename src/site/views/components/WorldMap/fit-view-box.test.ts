import { describe, expect, it } from 'vitest'
import { fitViewBox } from './fit-view-box'
import { MAP_HEIGHT, MAP_WIDTH, project } from './projection'

describe('fitViewBox', () => {
  it('shows the whole world when there is nothing to zoom to', () => {
    expect(fitViewBox([])).toEqual({ x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT })
  })

  it('zooms to a region with every city inside and the map’s proportions kept', () => {
    const cities = [
      { latitude: -1.29, longitude: 36.82 },
      { latitude: -33.92, longitude: 18.42 },
    ]
    const box = fitViewBox(cities)
    expect(box.width).toBeLessThan(MAP_WIDTH / 2)
    expect(box.height / box.width).toBeCloseTo(MAP_HEIGHT / MAP_WIDTH)
    for (const c of cities) {
      const [x, y] = project(c.longitude, c.latitude)
      expect(x).toBeGreaterThan(box.x)
      expect(x).toBeLessThan(box.x + box.width)
      expect(y).toBeGreaterThan(box.y)
      expect(y).toBeLessThan(box.y + box.height)
    }
  })
})
