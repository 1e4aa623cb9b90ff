import { createElement } from 'react'
import { listEvents } from '../../services/events/list-events'
import { listNews } from '../../services/news/list-news'
import { getPage } from '../../services/pages/get-page'
import { listCommittee } from '../../services/programmes/list-committee'
import { listWorkingGroups } from '../../services/programmes/list-working-groups'
import { listYouthProjects } from '../../services/programmes/list-youth-projects'
import { organizationLd } from '../machine/json-ld'
import { href } from '../views/context'
import { ContentPage } from '../views/pages/ContentPage'
import { SteeringCommitteePage } from '../views/pages/SteeringCommitteePage'
import { WorkingGroupPage } from '../views/pages/WorkingGroupPage'
import { WorkingGroupsPage } from '../views/pages/WorkingGroupsPage'
import { YoungCitiesPage } from '../views/pages/YoungCitiesPage'
import { isSlug } from './list-params'
import type { PageHandler } from './types'

export const workingGroupsPage: PageHandler = async ({ payload, ctx }) => createElement(WorkingGroupsPage, { ctx, groups: await listWorkingGroups(payload, ctx.locale) })

export const workingGroupPage: PageHandler = async ({ payload, ctx, params }) => {
  if (!isSlug(params.slug)) return null
  const group = (await listWorkingGroups(payload, ctx.locale)).find((g) => g.slug === params.slug)
  return group ? createElement(WorkingGroupPage, { ctx, group }) : null
}

export const steeringCommitteePage: PageHandler = async ({ payload, ctx }) => createElement(SteeringCommitteePage, { ctx, seats: await listCommittee(payload, ctx.locale) })

export const youngCitiesPage: PageHandler = async ({ payload, ctx }) => {
  const [page, projects, news, events] = await Promise.all([
    getPage(payload, 'young-cities', ctx.locale),
    listYouthProjects(payload, ctx.locale),
    listNews(payload, ctx.locale, { youngCities: true }, 1, 4),
    listEvents(payload, ctx.locale, { youngCities: true }),
  ])
  if (!page) return null
  return createElement(YoungCitiesPage, { ctx, page, projects, news: news.articles, events: [...events.upcoming, ...events.past] })
}

/** Any about page an editor made: /{locale}/{slug}. The about page itself describes the organisation. */
export const contentPage: PageHandler = async ({ payload, ctx, params }) => {
  if (!isSlug(params.slug)) return null
  const page = await getPage(payload, params.slug, ctx.locale)
  if (!page) return null
  const jsonLd = page.slug === 'about' ? [organizationLd({ name: ctx.site.networkName, url: ctx.origin + href(ctx.locale, '/') })] : undefined
  return createElement(ContentPage, { ctx, page, jsonLd })
}
