import type { CityFilters } from '../../../../services/cities/filter-cities'
import type { CitySummary } from '../../../../services/cities/types'
import { pathTo } from '../../../../content/content-types'
import { href, type PageContext } from '../../context'
import { directoryHref } from '../../directory-href'
import { clusterMarkers, type MapCity, type Marker, TARGET_PX } from './cluster-markers'
import { countryShapes } from './country-shapes'
import { fitViewBox } from './fit-view-box'
import { MAP_HEIGHT, MAP_WIDTH } from './projection'

/**
 * The narrowest width each layout's map is drawn at: below 48em the map
 * spans a phone's screen (320px less the page margins); above, it sits
 * beside the directory's filters. The stylesheet shows one layout at a time.
 */
const layouts = [
  { name: 'narrow', width: 288 },
  { name: 'wide', width: 456 },
] as const

/** The list a group of cities leads to: the narrowest filter that holds them all, else the list already shown. */
function clusterHref(ctx: PageContext, filters: CityFilters, cities: MapCity[]): string {
  const only = (values: (string | null)[]) => (new Set(values).size === 1 ? values[0] : null)
  const country = only(cities.map((c) => c.country))
  if (country && filters.country !== country) return directoryHref(ctx.locale, { ...filters, country })
  const region = only(cities.map((c) => c.region))
  // A country filter already holds them all; adding their region would show the same list.
  if (region && !filters.country && filters.region !== region) return directoryHref(ctx.locale, { ...filters, region })
  return `${directoryHref(ctx.locale, filters)}#city-list`
}

function MarkerLink({ ctx, filters, marker, radius }: { ctx: PageContext; filters: CityFilters; marker: Marker; radius: number }) {
  const [city] = marker.cities
  if (marker.cities.length === 1) {
    return (
      <a href={href(ctx.locale, pathTo('city', city.slug))} aria-label={city.name}>
        <title>{city.name}</title>
        <circle className="world-map__city" cx={marker.x} cy={marker.y} r={radius} />
      </a>
    )
  }
  const names = new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(marker.cities.map((c) => c.name))
  const label = ctx.t('cities.mapCluster', { cities: ctx.t('cities.count', { count: marker.cities.length }), names })
  return (
    <a href={clusterHref(ctx, filters, marker.cities)} aria-label={label}>
      <title>{label}</title>
      <circle className="world-map__cluster" cx={marker.x} cy={marker.y} r={radius} />
      <text className="world-map__count" x={marker.x} y={marker.y} fontSize={radius}>
        {marker.cities.length}
      </text>
    </a>
  )
}

/**
 * A map drawn on the server: no tiles, no script, no request to anyone but
 * this site. Every marker is a link and a whole pointer target; cities too
 * close to tell apart become one numbered marker that opens their list. The
 * list of cities next to it carries the same links for screen-reader users.
 */
export function WorldMap({ ctx, cities: summaries, filters, zoom = false }: { ctx: PageContext; cities: CitySummary[]; filters: CityFilters; zoom?: boolean }) {
  const cities: MapCity[] = summaries.map((c) => ({ ...c, country: c.country?.isoCode ?? null, region: c.region?.slug ?? null }))
  const box = zoom ? fitViewBox(cities) : fitViewBox([])
  const shapes = countryShapes()
  // Zoomed to some cities, their countries are shaded so the area reads at a glance.
  const shaded = zoom ? [...new Set(cities.map((c) => c.country))].map((code) => (code ? shapes.get(code) : undefined)).join('') : ''
  return (
    <figure className="world-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG has no fieldset; role=group names the map's set of city links */}
      <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} role="group" aria-labelledby="world-map-caption" focusable="false">
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an image cannot take focus; the base map is decoration, the city links carry the map */}
        <image href={ctx.worldMap} x={0} y={0} width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a path cannot take focus; the shading is decoration, the city links carry the map */}
        {shaded ? <path className="world-map__shaded" d={shaded} aria-hidden="true" /> : null}
        {layouts.map((layout) => {
          // Half a target across at the narrowest width the layout is drawn at, in the view box's units.
          const radius = (TARGET_PX / 2) * (box.width / layout.width)
          return (
            <g key={layout.name} className={`world-map__markers world-map__markers--${layout.name}`}>
              {clusterMarkers(cities, box, layout.width).map((marker) => (
                <MarkerLink key={marker.cities[0].slug} ctx={ctx} filters={filters} marker={marker} radius={radius} />
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption id="world-map-caption">
        {ctx.t('cities.map')}. {ctx.t('cities.mapHint')}
      </figcaption>
    </figure>
  )
}
