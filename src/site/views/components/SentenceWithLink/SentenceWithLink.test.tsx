import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../content/i18n/translate'
import { localeCodes } from '../../../../content/locales'
import { SentenceWithLink } from '.'

describe('SentenceWithLink', () => {
  it('puts the link where the sentence says, and escapes the words around it', () => {
    const html = renderToStaticMarkup(<SentenceWithLink sentence="Read our {terms} <b>first</b>." placeholder="terms" href="/en/terms" label="terms of use" />)
    expect(html).toBe('Read our <a href="/en/terms">terms of use</a> &lt;b&gt;first&lt;/b&gt;.')
  })

  it('finds the link’s place in the join form’s consent in every language', () => {
    for (const locale of localeCodes) {
      const t = createTranslator(locale)
      const html = renderToStaticMarkup(<SentenceWithLink sentence={t('join.consent')} placeholder="terms" href="/terms" label={t('join.consentTerms')} />)
      expect(html, locale).toContain(`<a href="/terms">${t('join.consentTerms')}</a>`)
      expect(html, locale).not.toContain('{')
    }
  })
})
