import { getEvent } from '../../../services/events/get-event'
import { type EventSummary, listEvents } from '../../../services/events/list-events'
import { type CalendarEvent, renderCalendar } from '../../machine/ics'
import { href } from '../../views/context'
import { isSlug } from '../list-params'
import type { MachineHandler, MachineRequest } from './types'
import { pathTo } from '../../../content/content-types'

const ICS = 'text/calendar; charset=utf-8'

function toCalendarEvent({ t, locale, origin }: MachineRequest, e: EventSummary): CalendarEvent {
  return {
    // Stable across languages and edits, so a calendar updates the entry instead of adding another.
    uid: `event-${e.id}@${new URL(origin).host}`,
    title: e.title,
    description: e.summary,
    start: new Date(e.startsAt),
    end: new Date(e.endsAt),
    timeZone: e.timeZone,
    location: e.online ? t('events.online') : [e.venue, e.hostCity?.label].filter(Boolean).join(', ') || undefined,
    url: origin + href(locale, pathTo('event', e.slug)),
    updated: new Date(e.updatedAt),
  }
}

export const eventCalendar: MachineHandler = async (r) => {
  if (!isSlug(r.params.slug)) return null
  const event = await getEvent(r.payload, r.params.slug, r.locale)
  if (!event) return null
  return { contentType: ICS, filename: `${event.slug}.ics`, body: renderCalendar({ name: event.title, events: [toCalendarEvent(r, event)] }) }
}

export const allEventsCalendar: MachineHandler = async (r) => {
  const { upcoming, past } = await listEvents(r.payload, r.locale)
  return {
    contentType: ICS,
    filename: 'events.ics',
    body: renderCalendar({ name: `${r.t('events.title')} · ${r.site.networkName}`, events: [...upcoming, ...past].map((e) => toCalendarEvent(r, e)) }),
  }
}
