import { createElement } from 'react'
import { getEvent } from '../../services/events/get-event'
import { eventYears, listEvents } from '../../services/events/list-events'
import { listRegions } from '../../services/regions/list-regions'
import { EventPage } from '../views/pages/EventPage'
import { EventsPage } from '../views/pages/EventsPage'
import { SummitPage } from '../views/pages/SummitPage'
import { isSlug, ZEventParamsSchema } from './list-params'
import { AppError } from '../../content/app-error'
import type { PageHandler } from './types'

export const eventsPage: PageHandler = async ({ payload, ctx, query }) => {
  const parsed = ZEventParamsSchema.safeParse(query)
  if (!parsed.success) throw new AppError('invalid-input', { cause: parsed.error })
  const [events, regions, years] = await Promise.all([listEvents(payload, ctx.locale, parsed.data), listRegions(payload, ctx.locale), eventYears(payload, ctx.locale)])
  return createElement(EventsPage, { ctx, ...events, filter: parsed.data, regions: regions.map((r) => ({ slug: r.slug, label: r.name })), years })
}

export const eventPage: PageHandler = async ({ payload, ctx, params }) => {
  if (!isSlug(params.slug)) return null
  const event = await getEvent(payload, params.slug, ctx.locale)
  return event ? createElement(EventPage, { ctx, event }) : null
}

export const summitPage: PageHandler = async ({ payload, ctx }) => {
  const events = await listEvents(payload, ctx.locale, { type: 'summit' })
  return createElement(SummitPage, { ctx, ...events })
}
