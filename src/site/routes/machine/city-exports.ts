import { listMemberCities } from '../../../services/cities/list-member-cities'
import type { CitySummary } from '../../../services/cities/types'
import { renderCsv } from '../../machine/csv'
import { href } from '../../views/context'
import type { MachineHandler, MachineRequest } from './types'
import { pathTo } from '../../../content/content-types'

/** The member-city list as open data. `id` never changes; `slug` follows the city's address. */
function rows({ locale, origin }: MachineRequest, cities: CitySummary[]) {
  return cities.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    country: c.country?.name ?? null,
    countryCode: c.country?.isoCode ?? null,
    region: c.region?.label ?? null,
    population: c.population,
    latitude: c.latitude,
    longitude: c.longitude,
    memberSince: c.memberSince ? c.memberSince.slice(0, 10) : null,
    workingGroups: c.workingGroups.map((g) => g.label),
    url: origin + href(locale, pathTo('city', c.slug)),
  }))
}

export const citiesJson: MachineHandler = async (r) => {
  const cities = rows(r, await listMemberCities(r.payload, r.locale))
  return { contentType: 'application/json; charset=utf-8', filename: 'member-cities.json', body: JSON.stringify({ locale: r.locale, count: cities.length, cities }, null, 2) }
}

export const citiesCsv: MachineHandler = async (r) => {
  const cities = rows(r, await listMemberCities(r.payload, r.locale))
  const header = ['id', 'slug', 'name', 'country', 'country_code', 'region', 'population', 'latitude', 'longitude', 'member_since', 'working_groups', 'url']
  const body = renderCsv(
    header,
    cities.map((c) => [c.id, c.slug, c.name, c.country, c.countryCode, c.region, c.population, c.latitude, c.longitude, c.memberSince, c.workingGroups.join('; '), c.url]),
  )
  return { contentType: 'text/csv; charset=utf-8', filename: 'member-cities.csv', body }
}
