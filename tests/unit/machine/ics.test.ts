import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import { type CalendarEvent, renderCalendar } from '../../../src/content/calendar/ics'

afterEach(() => ICAL.TimezoneService.reset())

/** Parses like a calendar client: registers the file's own VTIMEZONEs, then reads the events. */
function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  }
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) }
}

function event(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    uid: 'https://hub.example/events/summit',
    title: 'Global Summit',
    description: 'Mayors meet.',
    start: new Date('2024-12-04T08:00:00Z'),
    end: new Date('2024-12-04T15:00:00Z'),
    timeZone: 'Africa/Johannesburg',
    updated: new Date('2024-11-01T12:00:00Z'),
    ...overrides,
  }
}

describe('renderCalendar', () => {
  it('puts a Cape Town event at 10:00 local, 08:00 UTC', () => {
    const { events } = parseCalendar(renderCalendar({ name: 'Events', events: [event({})] }))
    expect(events[0].startDate.zone.tzid).toBe('Africa/Johannesburg')
    expect(events[0].startDate.toString()).toBe('2024-12-04T10:00:00')
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2024-12-04T08:00:00.000Z')
    expect(events[0].endDate.toJSDate().toISOString()).toBe('2024-12-04T15:00:00.000Z')
  })

  it('keeps New York events right on both sides of a clock change', () => {
    const september = event({
      uid: 'sept',
      start: new Date('2023-09-18T13:00:00Z'),
      end: new Date('2023-09-18T21:00:00Z'),
      timeZone: 'America/New_York',
    })
    const december = event({
      uid: 'dec',
      start: new Date('2023-12-05T14:00:00Z'),
      end: new Date('2023-12-05T15:30:00Z'),
      timeZone: 'America/New_York',
    })
    const { calendar, events } = parseCalendar(renderCalendar({ name: 'Events', events: [december, september, event({ uid: 'cpt' })] }))
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York', 'Africa/Johannesburg'])
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]))
    expect(byUid.sept.startDate.toString()).toBe('2023-09-18T09:00:00')
    expect(byUid.sept.startDate.toJSDate().toISOString()).toBe('2023-09-18T13:00:00.000Z')
    expect(byUid.dec.startDate.toString()).toBe('2023-12-05T09:00:00')
    expect(byUid.dec.startDate.toJSDate().toISOString()).toBe('2023-12-05T14:00:00.000Z')
    expect(byUid.dec.endDate.toJSDate().toISOString()).toBe('2023-12-05T15:30:00.000Z')
    expect(byUid.cpt.startDate.toJSDate().toISOString()).toBe('2024-12-04T08:00:00.000Z')
  })

  it('follows a zone that changes offset several times between two events', () => {
    const paris = [
      event({ uid: 'sept', start: new Date('2023-09-18T13:00:00Z'), end: new Date('2023-09-18T14:00:00Z') }),
      event({ uid: 'dec', start: new Date('2024-12-10T15:00:00Z'), end: new Date('2024-12-10T16:00:00Z') }),
    ].map((e) => ({ ...e, timeZone: 'Europe/Paris' }))
    // Nuuk moved from -03/-02 to -02/-01 in 2023: three offsets between these two events.
    const nuuk = [
      event({ uid: 'jan', start: new Date('2023-01-16T12:00:00Z'), end: new Date('2023-01-16T13:00:00Z') }),
      event({ uid: 'jul', start: new Date('2024-07-15T12:00:00Z'), end: new Date('2024-07-15T13:00:00Z') }),
    ].map((e) => ({ ...e, timeZone: 'America/Nuuk' }))
    const parsed = parseCalendar(renderCalendar({ name: 'Events', events: [...paris, ...nuuk] }))
    expect(parsed.events.map((e) => [e.uid, e.startDate.toString(), e.startDate.toJSDate().toISOString()])).toEqual([
      ['sept', '2023-09-18T15:00:00', '2023-09-18T13:00:00.000Z'],
      ['dec', '2024-12-10T16:00:00', '2024-12-10T15:00:00.000Z'],
      ['jan', '2023-01-16T09:00:00', '2023-01-16T12:00:00.000Z'],
      ['jul', '2024-07-15T11:00:00', '2024-07-15T12:00:00.000Z'],
    ])
  })

  it('folds a long Arabic description without corrupting a character', () => {
    const description =
      'تجتمع المدن الأعضاء في كيب تاون لمناقشة الوقاية من التطرف العنيف، وبناء الثقة بين المجتمعات المحلية; ' +
      'ويشارك الشباب ورؤساء البلديات في جلسات عملية.\nالبرنامج الكامل: https://hub.example/ar/events/summit \\ 😀'.repeat(3)
    const ics = renderCalendar({ name: 'فعاليات المركز', events: [event({ description, location: 'Cape Town, South Africa' })] })
    const octets = Buffer.from(ics, 'utf8')
    for (const line of octets.toString('utf8').split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    }
    expect(octets.toString('utf8')).not.toContain('\uFFFD')
    const { calendar, events } = parseCalendar(ics)
    expect(events[0].description).toBe(description)
    expect(events[0].location).toBe('Cape Town, South Africa')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('فعاليات المركز')
  })

  it('escapes text so commas, semicolons and line breaks stay in the field', () => {
    const title = 'Prevention; youth, and cities\r\nX-INJECTED:yes \\ done'
    const ics = renderCalendar({ name: 'Events', events: [event({ title, url: 'https://hub.example/events/summit?a=1,2' })] })
    const { events } = parseCalendar(ics)
    expect(events[0].summary).toBe('Prevention; youth, and cities\nX-INJECTED:yes \\ done')
    expect(events[0].component.getFirstPropertyValue('x-injected')).toBeNull()
    expect(events[0].component.getFirstPropertyValue('url')).toBe('https://hub.example/events/summit?a=1,2')
  })

  it('uses CRLF line endings and stamps every event', () => {
    const ics = renderCalendar({ name: 'Events', events: [event({})] })
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const { events } = parseCalendar(ics)
    expect(events[0].component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-11-01T12:00:00Z')
  })
})
