import { describe, expect, it } from 'vitest'
import { pickLocalized } from '../../src/content/i18n/pick-localized'

const doc = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('pickLocalized', () => {
  it('takes the page language when it has text', () => {
    expect(pickLocalized({ en: 'Port', fr: 'Port (fr)' }, 'fr')).toEqual({ value: 'Port (fr)', lang: 'fr' })
  })

  it('falls back to English and says so', () => {
    expect(pickLocalized({ en: 'Port', fr: '  ' }, 'fr')).toEqual({ value: 'Port', lang: 'en' })
    expect(pickLocalized({ en: doc('Hello'), ar: doc(' ') }, 'ar')?.lang).toBe('en')
  })

  it('uses any language with text when English is empty too', () => {
    expect(pickLocalized({ en: null, fr: null, ar: 'مرحبا' }, 'fr')).toEqual({ value: 'مرحبا', lang: 'ar' })
  })

  it('returns nothing for an empty field', () => {
    expect(pickLocalized({ en: doc(''), fr: null }, 'en')).toBeNull()
    expect(pickLocalized(undefined, 'en')).toBeNull()
  })
})
