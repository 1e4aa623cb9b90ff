import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { FiltersDisclosure } from '.'
import { exampleContext } from '../../examples'

describe('FiltersDisclosure', () => {
  it('says how many filters are on, in the page language, and controls the panel it opens', () => {
    const html = renderToStaticMarkup(
      <FiltersDisclosure ctx={exampleContext('ar')} id="city-filters" active={2}>
        <form />
      </FiltersDisclosure>,
    )
    expect(html).toContain('<input type="checkbox" id="city-filters-toggle" class="filters-disclosure__toggle" aria-controls="city-filters"/>')
    expect(html).toContain('<label for="city-filters-toggle" class="filters-disclosure__label">عوامل التصفية (2)</label>')
    expect(html).toContain('<div id="city-filters" class="filters-disclosure__panel"><form></form></div>')
  })
})
