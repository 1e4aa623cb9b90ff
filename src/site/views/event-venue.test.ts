import { describe, expect, it } from 'vitest'
import { venueBeforeCity } from './event-venue'

describe('venueBeforeCity', () => {
  it('drops the host city from the end of the venue, in any script and case', () => {
    expect(venueBeforeCity('Municipal youth centre, Pristina', 'Pristina')).toBe('Municipal youth centre')
    expect(venueBeforeCity('Centre municipal de la jeunesse, pristina', 'Pristina')).toBe('Centre municipal de la jeunesse')
    expect(venueBeforeCity('مركز الشباب البلدي، بريشتينا', 'بريشتينا')).toBe('مركز الشباب البلدي')
    expect(venueBeforeCity('Pristina', 'Pristina')).toBe('')
  })

  it('keeps a venue that only mentions the city elsewhere, or has no host city', () => {
    expect(venueBeforeCity('Pristina Youth Hall', 'Pristina')).toBe('Pristina Youth Hall')
    expect(venueBeforeCity('City hall (St. Louis)', 'St. Louis')).toBe('City hall (St. Louis)')
    expect(venueBeforeCity('City hall, Amman', undefined)).toBe('City hall, Amman')
    expect(venueBeforeCity(null, 'Amman')).toBe('')
  })
})
