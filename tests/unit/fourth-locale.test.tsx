import { rmSync, writeFileSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { Locale, LocaleDefinition } from '../../src/content/locales'

/**
 * The README promises that a language is one entry in the locale list and one
 * message file (plus, for the database, a migration). This adds Spanish for
 * the length of the test, in exactly those two places, and checks that the
 * site then speaks it: routes, negotiation, messages with English fallback,
 * the language switcher, and the page's language and direction.
 */
const spanish: LocaleDefinition = { code: 'es', label: 'Español', dir: 'ltr', tag: 'es' }
const messageFile = new URL('../../src/content/i18n/messages/es.json', import.meta.url)

vi.mock('../../src/content/locales', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/content/locales')>()
  ;(real.locales as readonly LocaleDefinition[] as LocaleDefinition[]).push(spanish)
  real.localeCodes.push(spanish.code as Locale)
  return real
})

writeFileSync(messageFile, JSON.stringify({ 'site.skipToContent': 'Saltar al contenido principal' }))
afterAll(() => rmSync(messageFile, { force: true }))

describe('a fourth language', () => {
  it('is one of the hub’s languages, chosen from Accept-Language and from the address', async () => {
    const { isLocale } = await import('../../src/content/locales')
    const { localeFromPath, negotiateLocale } = await import('../../src/site/i18n/negotiate-locale')
    expect(isLocale('es')).toBe(true)
    expect(negotiateLocale('es-ES,es;q=0.9,en;q=0.5')).toBe('es')
    expect(localeFromPath('/es/cities/rotterdam')).toBe('es')
  })

  it('speaks from its message file and falls back to English for what it lacks', async () => {
    const { createTranslator } = await import('../../src/content/i18n/translate')
    const t = createTranslator('es' as Locale)
    const english = createTranslator('en')
    expect(t('site.skipToContent')).toBe('Saltar al contenido principal')
    expect(t('site.languages')).toBe(english('site.languages'))
  })

  it('appears in the language switcher of every page, which is marked as Spanish', async () => {
    const { exampleContext } = await import('../../src/site/views/examples')
    const { Layout } = await import('../../src/site/views/components/Layout')
    const html = renderToStaticMarkup(
      <Layout ctx={exampleContext('es' as Locale, '/cities')} title="Ciudades">
        {null}
      </Layout>,
    )
    expect(html).toMatch(/<html[^>]*lang="es"[^>]*dir="ltr"/)
    expect(html).toContain('Saltar al contenido principal')
    expect(html).toMatch(/<a href="\/fr\/cities"[^>]*>Français<\/a>/)
    const fromFrench = renderToStaticMarkup(
      <Layout ctx={exampleContext('fr', '/cities')} title="Villes">
        {null}
      </Layout>,
    )
    expect(fromFrench).toMatch(/<a href="\/es\/cities" lang="es"[^>]*>Español<\/a>/)
  })
})
