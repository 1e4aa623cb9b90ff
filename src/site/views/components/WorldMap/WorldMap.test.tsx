import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { exampleContext } from '../../examples'
import { WorldMap } from '.'
import { project } from './projection'

describe('WorldMap', () => {
  it('places cities where they are: Rotterdam north-east of Nairobi', () => {
    const [rx, ry] = project(4.48, 51.92)
    const [nx, ny] = project(36.82, -1.29)
    expect(rx).toBeLessThan(nx)
    expect(ry).toBeLessThan(ny)
  })

  it('links every city to its profile in the page language and loads nothing', () => {
    const html = renderToStaticMarkup(<WorldMap ctx={exampleContext('fr')} cities={[{ slug: 'rotterdam', name: 'Rotterdam', latitude: 51.92, longitude: 4.48 }]} />)
    expect(html).toContain('href="/fr/cities/rotterdam"')
    expect(html).toContain('aria-label="Rotterdam"')
    expect(html).not.toMatch(/https?:\/\//)
    expect(html.length).toBeLessThan(60_000)
  })
})
