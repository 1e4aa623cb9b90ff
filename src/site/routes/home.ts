import { createElement } from 'react'
import { listMemberCities } from '../../services/cities/list-member-cities'
import { listEvents } from '../../services/events/list-events'
import { listNews } from '../../services/news/list-news'
import { listRegions } from '../../services/regions/list-regions'
import { HomePage } from '../views/pages/HomePage'
import type { PageHandler } from './types'

export const homePage: PageHandler = async ({ payload, ctx, assets }) => {
  const [cities, regions, news, events] = await Promise.all([
    listMemberCities(payload, ctx.locale),
    listRegions(payload, ctx.locale),
    listNews(payload, ctx.locale, {}, 1, 3),
    listEvents(payload, ctx.locale),
  ])
  const latest = [...cities].sort((a, b) => (b.memberSince ?? '').localeCompare(a.memberSince ?? '')).slice(0, 8)
  const countryCount = new Set(cities.map((c) => c.country?.isoCode).filter(Boolean)).size
  return createElement(HomePage, { ctx, hero: assets.hero, latest, cityCount: cities.length, countryCount, regions, news: news.articles, events: events.upcoming.slice(0, 3) })
}
