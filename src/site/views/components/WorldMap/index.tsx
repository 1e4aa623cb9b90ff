import { href, type PageContext } from '../../context'
import { landPath } from './land-path'
import { fitViewBox } from './fit-view-box'
import { MAP_WIDTH, project } from './projection'
import { pathTo } from '../../../../content/content-types'

export type MapCity = { slug: string; name: string; latitude: number; longitude: number }

/**
 * A map drawn on the server: no tiles, no script, no request to anyone. The
 * list of cities next to it carries the same links for screen-reader users.
 */
export function WorldMap({ ctx, cities, zoom = false }: { ctx: PageContext; cities: MapCity[]; zoom?: boolean }) {
  const box = zoom ? fitViewBox(cities) : fitViewBox([])
  // Dots keep their size on screen however far the map is zoomed.
  const radius = 6 * (box.width / MAP_WIDTH)
  return (
    <figure className="world-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG has no fieldset; role=group names the map's set of city links */}
      <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} role="group" aria-labelledby="world-map-caption" focusable="false">
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a path cannot take focus; the land is decoration, the city links carry the map */}
        <path className="world-map__land" d={landPath()} aria-hidden="true" />
        {cities.map((city) => {
          const [x, y] = project(city.longitude, city.latitude)
          return (
            <a key={city.slug} href={href(ctx.locale, pathTo('city', city.slug))} aria-label={city.name}>
              <title>{city.name}</title>
              <circle className="world-map__city" cx={x} cy={y} r={radius} />
            </a>
          )
        })}
      </svg>
      <figcaption id="world-map-caption">
        {ctx.t('cities.map')}. {ctx.t('cities.mapHint')}
      </figcaption>
    </figure>
  )
}
