import { getEvent } from '../../../services/events/get-event'
import { type EventSummary, listEvents } from '../../../services/events/list-events'
import { type CalendarEvent, renderCalendar } from '../../../content/calendar/ics'
import { calendarEntry } from '../../../content/calendar/event-entry'
import { href } from '../../views/context'
import { isSlug } from '../list-params'
import type { MachineHandler, MachineRequest } from './types'
import { pathTo } from '../../../content/content-types'

const ICS = 'text/calendar; charset=utf-8'

function toCalendarEvent({ t, locale, origin }: MachineRequest, e: EventSummary): CalendarEvent {
  return calendarEntry(e, { origin, url: origin + href(locale, pathTo('event', e.slug)), onlineLabel: t('events.online') })
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
