// Constructing a DateTimeFormat is slow and feeds format many dates in few zones.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** Minutes the zone's clocks are ahead of UTC at that instant, e.g. 120 for Cape Town. */
export function offsetMinutes(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  const wallClockAsUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second)
  // The formatted wall clock has no milliseconds, so compare it with the instant's whole second.
  return (wallClockAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000
}

/** 120 → '+02:00', -240 → '-04:00'. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** The zone's wall clock at that instant as 'YYYY-MM-DDTHH:mm:ss'. */
export function localDateTime(date: Date, timeZone: string): string {
  return new Date(date.getTime() + offsetMinutes(date, timeZone) * 60_000).toISOString().slice(0, 19)
}

const DAY = 86_400_000

/**
 * The instant at which the zone's clocks show `local` ('YYYY-MM-DDTHH:mm').
 * The offsets a day either side are the only two that can apply. A time the
 * clocks show twice (autumn) gives the earlier instant; a time they skip
 * (spring) is read with the offset before the change, so 02:30 becomes
 * 03:30 — the same choice as Temporal's 'compatible' disambiguation.
 */
export function zonedToUtc(local: string, timeZone: string): Date {
  const wallClockAsUtc = Date.parse(`${local}:00Z`)
  // The round trip also refuses dates Date.parse rolls over, such as 30 February.
  if (Number.isNaN(wallClockAsUtc) || new Date(wallClockAsUtc).toISOString().slice(0, 16) !== local) {
    throw new RangeError(`Expected a local time as YYYY-MM-DDTHH:mm, got "${local}"`)
  }
  const offsetBefore = offsetMinutes(new Date(wallClockAsUtc - DAY), timeZone)
  const offsetAfter = offsetMinutes(new Date(wallClockAsUtc + DAY), timeZone)
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => new Date(wallClockAsUtc - offset * 60_000))
    .filter((instant) => localDateTime(instant, timeZone).slice(0, 16) === local)
    .sort((a, b) => a.getTime() - b.getTime())
  return candidates[0] ?? new Date(wallClockAsUtc - offsetBefore * 60_000)
}
