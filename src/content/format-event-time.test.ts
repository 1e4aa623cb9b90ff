import { describe, expect, it } from 'vitest'
import { formatEventTime, formatSessionTime, spansDays } from './format-event-time'

// Intl puts narrow and thin spaces around times and ranges; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ')

describe('event times', () => {
  it('shows an event on the organisers’ clock with the offset spelled out', () => {
    expect(plain(formatEventTime('2024-12-04T08:00:00Z', '2024-12-04T15:00:00Z', 'Africa/Johannesburg', 'en'))).toBe('December 4, 2024, 10:00 AM – 5:00 PM (GMT+2)')
    expect(formatEventTime('2023-09-20T13:00:00Z', '2023-09-20T21:30:00Z', 'America/New_York', 'fr')).toContain('(GMT-4)')
  })

  it('names the day of a session only when the event lasts several days', () => {
    expect(spansDays('2024-12-04T08:00:00Z', '2024-12-05T15:00:00Z', 'Africa/Johannesburg')).toBe(true)
    // 23:00 to 01:00 UTC is one evening in New York.
    expect(spansDays('2023-09-20T23:00:00Z', '2023-09-21T01:00:00Z', 'America/New_York')).toBe(false)
    expect(formatSessionTime('2024-12-05T07:30:00Z', '2024-12-05T10:00:00Z', 'Africa/Johannesburg', 'en', true)).toMatch(/^Thursday, December 5/)
    expect(plain(formatSessionTime('2024-12-05T07:30:00Z', '2024-12-05T10:00:00Z', 'Africa/Johannesburg', 'en', false))).toBe('9:30 AM – 12:00 PM')
  })
})
