import { createElement } from 'react'
import { listMemberCities } from '../../services/cities/list-member-cities'
import { listEvents } from '../../services/events/list-events'
import { listNews } from '../../services/news/list-news'
import { getHubTeam } from '../../services/regions/get-hub-team'
import { listRegions } from '../../services/regions/list-regions'
import { RegionPage } from '../views/pages/RegionPage'
import { RegionsPage } from '../views/pages/RegionsPage'
import type { PageHandler } from './types'

export const regionsPage: PageHandler = async ({ payload, ctx }) => {
  const [regions, cities] = await Promise.all([listRegions(payload, ctx.locale), listMemberCities(payload, ctx.locale)])
  const withCounts = regions.map((r) => ({ ...r, cityCount: cities.filter((c) => c.region?.slug === r.slug).length }))
  return createElement(RegionsPage, { ctx, regions: withCounts })
}

export const regionPage: PageHandler = async ({ payload, ctx, params }) => {
  const [regions, cities] = await Promise.all([listRegions(payload, ctx.locale), listMemberCities(payload, ctx.locale)])
  const region = regions.find((r) => r.slug === params.slug)
  if (!region) return null
  const [team, events, news] = await Promise.all([
    getHubTeam(payload, region.slug, ctx.locale),
    listEvents(payload, ctx.locale, { region: region.slug }),
    listNews(payload, ctx.locale, { region: region.slug }, 1, 4),
  ])
  return createElement(RegionPage, { ctx, region, cities: cities.filter((c) => c.region?.slug === region.slug), team, ...events, news: news.articles })
}
