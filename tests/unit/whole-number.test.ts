import { describe, expect, it } from 'vitest'
import { parseWholeNumber } from '../../src/shared/whole-number'

describe('parseWholeNumber', () => {
  it('reads a number as people write it in English, French and Arabic', () => {
    for (const written of ['250000', '250 000', '250\u00a0000', '250\u202f000', '250,000', '250.000', "250'000", '٢٥٠٠٠٠', '٢٥٠٬٠٠٠', ' 250 000 ']) {
      expect(parseWholeNumber(written), written).toBe(250_000)
    }
    expect(parseWholeNumber('1.208.333')).toBe(1_208_333)
    expect(parseWholeNumber('12 345 678')).toBe(12_345_678)
  })

  it('refuses what is not a whole number, or could mean another one', () => {
    for (const written of ['', 'many', '2.5', '25,00', '250 00', '250,000.5', '250.000,000', '1 000,000', '-250', '250k', '0x10']) {
      expect(parseWholeNumber(written), written).toBeNaN()
    }
  })
})
