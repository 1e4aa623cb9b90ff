import { describe, expect, it } from 'vitest'
import { contrastRatio, darken } from '../../src/shared/contrast'

describe('contrastRatio', () => {
  it('measures as WCAG does: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21)
    expect(contrastRatio('#1d70b8', '#1d70b8')).toBe(1)
  })

  it('tells the default brand from colours that fail AA with their text', () => {
    expect(contrastRatio('#0b3d5c', '#ffffff')).toBeGreaterThan(4.5)
    expect(contrastRatio('#ffdd00', '#0b0c0c')).toBeGreaterThan(4.5)
    expect(contrastRatio('#f47738', '#ffffff')).toBeLessThan(4.5)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 1)
  })

  it('darkens towards black', () => {
    expect(darken('#0b3d5c', 0.25)).toBe('#082e45')
    expect(darken('#ffffff', 1)).toBe('#000000')
  })
})
