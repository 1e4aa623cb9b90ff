import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { exampleContext } from '../../examples'
import { SiteSearch } from '.'

describe('SiteSearch', () => {
  it('is a labelled GET form to the search page in the page’s language', () => {
    const html = renderToStaticMarkup(<SiteSearch ctx={exampleContext('fr')} place="header" />)
    const form = html.match(/<form[^>]*>/)![0]
    for (const attribute of ['method="get"', 'action="/fr/search"', 'role="search"', 'aria-label="Rechercher dans le hub"']) expect(form).toContain(attribute)
    expect(html).toContain('<label for="site-search-header" class="visually-hidden">Rechercher dans le hub</label>')
    expect(html).toMatch(/<input id="site-search-header"[^>]* name="q"/)
  })

  it('shows its label in a page’s body, and leaves the landmark to the header', () => {
    const html = renderToStaticMarkup(<SiteSearch ctx={exampleContext('ar')} place="page" />)
    expect(html).toContain('<label for="site-search-page">ابحث في المنصة</label>')
    expect(html).not.toContain('role="search"')
  })
})
