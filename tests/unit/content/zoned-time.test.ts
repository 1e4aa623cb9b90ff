import { describe, expect, it } from 'vitest'
import { formatOffset, localDateTime, offsetMinutes, zonedToUtc } from '../../../src/content/zoned-time'

describe('zonedToUtc', () => {
  it('reads organisers’ clock times in their zone', () => {
    expect(zonedToUtc('2024-12-04T10:00', 'Africa/Johannesburg').toISOString()).toBe('2024-12-04T08:00:00.000Z')
    expect(zonedToUtc('2023-09-18T09:00', 'America/New_York').toISOString()).toBe('2023-09-18T13:00:00.000Z')
    expect(zonedToUtc('2023-12-05T09:00', 'America/New_York').toISOString()).toBe('2023-12-05T14:00:00.000Z')
    expect(zonedToUtc('2024-01-10T18:30', 'Asia/Kolkata').toISOString()).toBe('2024-01-10T13:00:00.000Z')
  })

  it('takes the earlier of a time shown twice and moves a skipped time forward', () => {
    expect(zonedToUtc('2024-11-03T01:30', 'America/New_York').toISOString()).toBe('2024-11-03T05:30:00.000Z')
    expect(zonedToUtc('2024-10-27T02:30', 'Europe/Paris').toISOString()).toBe('2024-10-27T00:30:00.000Z')
    expect(zonedToUtc('2024-03-10T02:30', 'America/New_York').toISOString()).toBe('2024-03-10T07:30:00.000Z')
    expect(zonedToUtc('2024-03-31T02:30', 'Europe/Paris').toISOString()).toBe('2024-03-31T01:30:00.000Z')
  })

  it('refuses anything but YYYY-MM-DDTHH:mm', () => {
    expect(() => zonedToUtc('2024-12-04 10:00', 'Africa/Johannesburg')).toThrow(RangeError)
    expect(() => zonedToUtc('2024-13-04T10:00', 'Africa/Johannesburg')).toThrow(RangeError)
    expect(() => zonedToUtc('2024-02-30T10:00', 'Africa/Johannesburg')).toThrow(RangeError)
    expect(() => zonedToUtc('2024-12-04T10:00:00', 'Africa/Johannesburg')).toThrow(RangeError)
  })
})

describe('offsets and wall clocks', () => {
  it('follow daylight saving time', () => {
    expect(offsetMinutes(new Date('2023-09-18T13:00:00Z'), 'America/New_York')).toBe(-240)
    expect(offsetMinutes(new Date('2023-12-05T14:00:00Z'), 'America/New_York')).toBe(-300)
    expect(formatOffset(330)).toBe('+05:30')
    expect(formatOffset(-240)).toBe('-04:00')
    expect(formatOffset(0)).toBe('+00:00')
    expect(localDateTime(new Date('2024-12-04T08:00:00Z'), 'Africa/Johannesburg')).toBe('2024-12-04T10:00:00')
  })
})
