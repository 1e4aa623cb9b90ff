import { formatOffset, localDateTime, offsetMinutes } from '../zoned-time'

/** The zone's wall clock in iCalendar's local form, e.g. '20241204T100000'. */
export function icsLocalTime(date: Date, timeZone: string): string {
  return localDateTime(date, timeZone).replace(/[-:]/g, '')
}

function icsOffset(minutes: number): string {
  return formatOffset(minutes).replace(':', '')
}

/**
 * A minute after `from`, up to `to`, at which the offset in force at `from`
 * gives way to another; the offsets at the two instants must differ.
 */
function nextChange(from: Date, to: Date, timeZone: string): Date {
  const offset = offsetMinutes(from, timeZone)
  let before = Math.floor(from.getTime() / 60_000)
  let after = Math.floor(to.getTime() / 60_000)
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2)
    if (offsetMinutes(new Date(middle * 60_000), timeZone) === offset) before = middle
    else after = middle
  }
  return new Date(after * 60_000)
}

/**
 * Summer time takes the larger of the year's two offsets, wherever the zone
 * is. Labelling only helps clients name the period; the offsets fix the time.
 */
function observanceKind(instant: Date, timeZone: string): 'STANDARD' | 'DAYLIGHT' {
  const year = instant.getUTCFullYear()
  const january = offsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone)
  const july = offsetMinutes(new Date(Date.UTC(year, 6, 1)), timeZone)
  return offsetMinutes(instant, timeZone) > Math.min(january, july) ? 'DAYLIGHT' : 'STANDARD'
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', onset: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${icsOffset(from)}`, `TZOFFSETTO:${icsOffset(to)}`, `END:${kind}`]
}

/**
 * A VTIMEZONE that is exact for the given instants, not a copy of the zone's
 * full rules: those would have to be written out by hand, and Intl cannot
 * tell us the rules, only the offset at an instant. It opens in 1970 with the
 * offset of the earliest instant, then adds one observance at each change of
 * offset found between consecutive instants, so a client reading any of the
 * instants' local times lands on the offset in force then.
 */
export function vtimezone(timeZone: string, instants: Date[]): string[] {
  const sorted = [...instants].sort((a, b) => a.getTime() - b.getTime())
  const first = offsetMinutes(sorted[0], timeZone)
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observance(observanceKind(sorted[0], timeZone), '19700101T000000', first, first)]
  for (let i = 1; i < sorted.length; i++) {
    const target = offsetMinutes(sorted[i], timeZone)
    let since = sorted[i - 1]
    let offset = offsetMinutes(since, timeZone)
    // The change found can lead to a third offset (Nuuk moved its clocks in 2023), so go on until the later one's.
    while (offset !== target) {
      const change = nextChange(since, sorted[i], timeZone)
      const next = offsetMinutes(change, timeZone)
      // An observance starts at the local time the clocks showed just before the change.
      const onset = new Date(change.getTime() + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '')
      lines.push(...observance(observanceKind(change, timeZone), onset, offset, next))
      since = change
      offset = next
    }
  }
  lines.push('END:VTIMEZONE')
  return lines
}
