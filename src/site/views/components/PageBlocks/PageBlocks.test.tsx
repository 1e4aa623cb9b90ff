import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PageBlocks } from '.'
import { exampleContext } from '../../examples'
import { everyBlock } from './examples'

describe('PageBlocks', () => {
  it('renders each block an editor placed, in order, with FAQ answers in <details>', () => {
    const html = renderToStaticMarkup(<PageBlocks ctx={exampleContext('fr')} blocks={everyBlock} />)
    expect(html.indexOf('The network links cities.')).toBeLessThan(html.indexOf('We learn fastest'))
    expect(html).toContain('<details class="faq__item"><summary>Does membership cost anything?</summary><p>No, it is free.</p></details>')
    expect(html).toContain('<blockquote><p>We learn fastest from each other.</p></blockquote><figcaption>A focal point from a member city</figcaption>')
  })

  it('sends site links to the reader’s language and leaves full addresses alone', () => {
    const html = renderToStaticMarkup(<PageBlocks ctx={exampleContext('ar')} blocks={everyBlock} />)
    expect(html).toContain('href="/ar/join"')
    expect(html).toContain('href="https://example.org/report"')
  })
})
