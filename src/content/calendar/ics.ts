import { icsLocalTime, vtimezone } from './ics-timezone'

export type CalendarEvent = {
  uid: string
  title: string
  description: string
  start: Date
  end: Date
  /** IANA zone the event is held in, e.g. 'Africa/Johannesburg'. */
  timeZone: string
  location?: string
  url?: string
  updated: Date
}

export type Calendar = {
  name: string
  prodId?: string
  events: CalendarEvent[]
}

// Values cannot hold control characters other than tab; a raw line break would even start a new property.
const controlChars = /[\u0000-\u0008\u000A-\u001F\u007F]/g

function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(controlChars, '')
}

function utcTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z'
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** Lines longer than 75 octets continue after CRLF and a space; whole characters only, so UTF-8 stays intact. */
function fold(line: string): string {
  let folded = ''
  let octets = 0
  for (const char of line) {
    const length = utf8Length(char)
    if (octets + length > 75) {
      folded += '\r\n '
      octets = 1
    }
    folded += char
    octets += length
  }
  return folded
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    // Without a METHOD, DTSTAMP is the time the event last changed (RFC 5545 3.8.7.2).
    `DTSTAMP:${utcTime(event.updated)}`,
    `LAST-MODIFIED:${utcTime(event.updated)}`,
    `DTSTART;TZID=${event.timeZone}:${icsLocalTime(event.start, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${icsLocalTime(event.end, event.timeZone)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url.replace(controlChars, '')}`] : []),
    'END:VEVENT',
  ]
}

function instantsByZone(events: CalendarEvent[]): Map<string, Date[]> {
  const zones = new Map<string, Date[]>()
  for (const event of events) {
    zones.set(event.timeZone, [...(zones.get(event.timeZone) ?? []), event.start, event.end])
  }
  return zones
}

/** An RFC 5545 calendar; events keep their own time zone, so clients show them at the organisers' clock time. */
export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId ?? '-//Strong Cities Hub//Events//EN')}`,
    'CALSCALE:GREGORIAN',
    // NAME is the standard (RFC 7986); Google and Apple calendars read only X-WR-CALNAME.
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...[...instantsByZone(calendar.events)].flatMap(([zone, instants]) => vtimezone(zone, instants)),
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ]
  return lines.map((line) => fold(line) + '\r\n').join('')
}
