import { describe, expect, it } from 'vitest'
import { localeCodes } from '../../src/content/locales'
import { negotiateLocale } from '../../src/site/i18n/negotiate-locale'
import { createTranslator, messagesByLocale } from '../../src/content/i18n/translate'

describe('messages', () => {
  const englishKeys = Object.keys(messagesByLocale.en).sort()

  it.each(localeCodes)('%s has exactly the English keys, none empty', (locale) => {
    const messages = messagesByLocale[locale]
    expect(Object.keys(messages).sort()).toEqual(englishKeys)
    for (const [key, value] of Object.entries(messages)) {
      const forms = typeof value === 'string' ? [value] : Object.values(value)
      expect(forms.length, key).toBeGreaterThan(0)
      for (const form of forms) expect(form?.trim(), `${locale}:${key}`).toBeTruthy()
    }
  })

  it.each(localeCodes)('%s keeps every {placeholder} of the English message', (locale) => {
    const placeholders = (value: unknown) => new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])
    for (const key of englishKeys) {
      const english = [...placeholders(messagesByLocale.en[key])].filter((p) => p !== '{count}')
      const translated = placeholders(messagesByLocale[locale][key])
      for (const p of english) expect(translated.has(p), `${locale}:${key} ${p}`).toBe(true)
    }
  })

  it('chooses plural forms by language', () => {
    expect(createTranslator('en')('cities.count', { count: 1 })).toBe('1 city')
    expect(createTranslator('en')('cities.count', { count: 12 })).toBe('12 cities')
    expect(createTranslator('ar')('cities.count', { count: 2 })).toBe('مدينتان')
    expect(createTranslator('fr')('cities.count', { count: 1 })).toBe('1 ville')
  })

  it('formats numbers for the language', () => {
    expect(createTranslator('en')('home.allCities', { count: 1234 })).toBe('See all 1,234 member cities')
    expect(createTranslator('fr')('home.allCities', { count: 1234 })).toMatch(/^Voir les 1\s234 villes membres$/)
  })
})

describe('negotiateLocale', () => {
  it('honours the order of preference and ignores languages we do not have', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,ar;q=0.8,fr;q=0.7')).toBe('ar')
    expect(negotiateLocale('fr-CA')).toBe('fr')
    expect(negotiateLocale('en;q=0.1, fr;q=0.5')).toBe('fr')
  })

  it('falls back to English for nothing or nonsense', () => {
    expect(negotiateLocale(undefined)).toBe('en')
    expect(negotiateLocale(';;;,q=abc')).toBe('en')
  })
})
