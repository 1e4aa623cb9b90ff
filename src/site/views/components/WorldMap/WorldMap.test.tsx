import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { CitySummary } from '../../../../services/cities/types'
import { exampleContext } from '../../examples'
import { WorldMap } from '.'
import { clusterMarkers } from './cluster-markers'
import { fitViewBox } from './fit-view-box'
import { project } from './projection'

const city = (slug: string, latitude: number, longitude: number, country: string, region: string): CitySummary => ({
  id: slug,
  slug,
  name: slug[0].toUpperCase() + slug.slice(1),
  country: { isoCode: country, name: country },
  region: { slug: region, label: region },
  population: null,
  latitude,
  longitude,
  themes: [],
  workingGroups: [],
  memberSince: null,
})
const rotterdam = city('rotterdam', 51.92, 4.48, 'NL', 'europe')
const antwerp = city('antwerp', 51.22, 4.4, 'BE', 'europe')
const mechelen = city('mechelen', 51.03, 4.48, 'BE', 'europe')
const nairobi = city('nairobi', -1.29, 36.82, 'KE', 'east-southern-africa')

describe('WorldMap', () => {
  it('places cities where they are: Rotterdam north-east of Nairobi', () => {
    const [rx, ry] = project(4.48, 51.92)
    const [nx, ny] = project(36.82, -1.29)
    expect(rx).toBeLessThan(nx)
    expect(ry).toBeLessThan(ny)
  })

  it('links every city to its profile in the page language and loads nothing from elsewhere', () => {
    const html = renderToStaticMarkup(<WorldMap ctx={exampleContext('fr')} cities={[nairobi]} filters={{}} />)
    expect(html).toContain('href="/fr/cities/nairobi"')
    expect(html).toContain('aria-label="Nairobi"')
    expect(html).toContain('<image href="/assets/world-map.svg"')
    expect(html).not.toMatch(/https?:\/\//)
    expect(html.length).toBeLessThan(5_000)
  })

  it('keeps markers a whole 24px target apart, grouping cities that would overlap', () => {
    const box = fitViewBox([])
    for (const width of [288, 456]) {
      const markers = clusterMarkers(
        [rotterdam, antwerp, mechelen, nairobi].map((c) => ({ ...c, country: c.country?.isoCode ?? null, region: c.region?.slug ?? null })),
        box,
        width,
      )
      for (const a of markers) for (const b of markers) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y) * (width / box.width)).toBeGreaterThanOrEqual(24)
      expect(markers.flatMap((m) => m.cities).length).toBe(4)
    }
  })

  it('sends a group of one country to that country’s list, and a mixed group to the region’s', () => {
    const html = renderToStaticMarkup(<WorldMap ctx={exampleContext('en')} cities={[rotterdam, antwerp, mechelen, nairobi]} filters={{}} />)
    expect(html).toMatch(
      /<a href="\/en\/cities\?region=europe" aria-label="3 cities: (Rotterdam|Antwerp|Mechelen), (Rotterdam|Antwerp|Mechelen), and (Rotterdam|Antwerp|Mechelen)">/,
    )
    const belgium = renderToStaticMarkup(<WorldMap ctx={exampleContext('en')} cities={[antwerp, mechelen]} filters={{ region: 'europe' }} zoom />)
    expect(belgium).toContain('href="/en/cities?region=europe&amp;country=BE"')
    expect(belgium).toContain('class="world-map__shaded"')
  })
})
