import { readFileSync } from 'node:fs'
import { type Locale, localeCodes } from '../locales'

/** A message is a string, or plural forms keyed by Intl.PluralRules category. */
type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>
export type Messages = Record<string, Message>
export type Vars = Record<string, string | number>
export type Translate = (key: string, vars?: Vars) => string

function loadMessages(locale: Locale): Messages {
  return JSON.parse(readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), 'utf8')) as Messages
}

export const messagesByLocale: Record<string, Messages> = Object.fromEntries(localeCodes.map((code) => [code, loadMessages(code)]))

function interpolate(template: string, vars: Vars, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value
  })
}

export function createTranslator(locale: Locale): Translate {
  const messages = messagesByLocale[locale]
  const plural = new Intl.PluralRules(locale)
  return (key, vars = {}) => {
    const message = messages[key] ?? messagesByLocale.en[key]
    if (message === undefined) throw new Error(`Missing message "${key}"`)
    if (typeof message === 'string') return interpolate(message, vars, locale)
    const count = Number(vars.count ?? 0)
    const form = message[plural.select(count)] ?? message.other ?? ''
    return interpolate(form, vars, locale)
  }
}
