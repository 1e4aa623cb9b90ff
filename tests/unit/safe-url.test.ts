import { describe, expect, it } from 'vitest'
import { isSafeUrl } from '../../src/shared/safe-url'
import { slugify } from '../../src/shared/slugify'

describe('isSafeUrl', () => {
  it('allows only web and mail links', () => {
    expect(isSafeUrl('https://www.rotterdam.nl/veilig010')).toBe(true)
    expect(isSafeUrl('mailto:team@hub.example')).toBe(true)
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', '', null]) {
      expect(isSafeUrl(bad), String(bad)).toBe(false)
    }
  })
})

describe('slugify', () => {
  it('folds accents and punctuation into a readable slug', () => {
    expect(slugify('Montréal, Québec!')).toBe('montreal-quebec')
  })
})
