import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SiteMenu } from '.'
import { exampleContext } from '../../examples'

describe('SiteMenu', () => {
  it('offers every built section until editors set a menu, and marks where the reader is', () => {
    const html = renderToStaticMarkup(<SiteMenu ctx={exampleContext('fr', '/young-cities')} />)
    for (const path of ['/fr/about', '/fr/news', '/fr/steering-committee', '/fr/global-summit', '/fr/events', '/fr/working-groups']) expect(html).toContain(`href="${path}"`)
    expect(html).toContain('<a href="/fr/young-cities" aria-current="page">')
    expect(html).toContain(
      '<input type="checkbox" id="menu-toggle" class="menu-toggle" aria-controls="site-menu"/><label for="menu-toggle" class="menu-toggle__label">Menu</label>',
    )
  })

  it('shows the menu editors set for this language instead', () => {
    const ctx = exampleContext('en')
    ctx.site.mainMenu = [{ label: 'What we do', href: '/what-we-do', children: [{ label: 'Partner site', href: 'https://example.org' }] }]
    const html = renderToStaticMarkup(<SiteMenu ctx={ctx} />)
    expect(html).toContain('<a href="/en/what-we-do">What we do</a>')
    expect(html).toContain('<a href="https://example.org">Partner site</a>')
    expect(html).not.toContain('/en/steering-committee')
  })
})
