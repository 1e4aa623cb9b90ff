/**
 * When an event happens, on the organisers' clock, with the offset spelled
 * out so a reader in another zone can convert it (e.g. "… 10:00–17:00 GMT+2").
 */
export function formatEventTime(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone })
  const range = format.formatRange(new Date(startsAt), new Date(endsAt))
  const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(startsAt)).find((p) => p.type === 'timeZoneName')?.value
  return `${range} (${offset})`
}

/** A session's start and end on the event's clock; with its day when the event lasts several days. */
export function formatSessionTime(startsAt: string, endsAt: string, timeZone: string, locale: string, withDay: boolean): string {
  const options: Intl.DateTimeFormatOptions = withDay
    ? { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone }
    : { timeStyle: 'short', timeZone }
  return new Intl.DateTimeFormat(locale, options).formatRange(new Date(startsAt), new Date(endsAt))
}

/** Whether two instants fall on different days on the event's clock. */
export function spansDays(startsAt: string, endsAt: string, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone })
  return day.format(new Date(startsAt)) !== day.format(new Date(endsAt))
}

/** One moment on the event's clock, with its offset, e.g. a registration's closing time. */
export function formatEventMoment(at: string, timeZone: string, locale: string): string {
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(at))
  const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value
  return `${moment} (${offset})`
}
