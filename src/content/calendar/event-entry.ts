import type { CalendarEvent } from './ics'

/** What a calendar entry is made of: the fields of an event summary, whoever read it. */
export type CalendarSource = {
  id: number | string
  title: string
  summary: string
  startsAt: string
  endsAt: string
  timeZone: string
  online: boolean
  venue: string
  hostCity: { label: string } | null
  updatedAt: string
}

/**
 * One event as a calendar entry, for the site's .ics files and the one
 * attached to registration mail alike, so a calendar that has both keeps one
 * entry. `url` is the event's page; `onlineLabel` the word for an online event.
 */
export function calendarEntry(e: CalendarSource, { origin, url, onlineLabel }: { origin: string; url: string; onlineLabel: string }): CalendarEvent {
  return {
    // Stable across languages and edits, so a calendar updates the entry instead of adding another.
    uid: `event-${e.id}@${new URL(origin).host}`,
    title: e.title,
    description: e.summary,
    start: new Date(e.startsAt),
    end: new Date(e.endsAt),
    timeZone: e.timeZone,
    location: e.online ? onlineLabel : [e.venue, e.hostCity?.label].filter(Boolean).join(', ') || undefined,
    url,
    updated: new Date(e.updatedAt),
  }
}
