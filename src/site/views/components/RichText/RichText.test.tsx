import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText, splitRichText } from '.'
import { hostileInput, paragraphsAndNestedList } from './examples'

describe('RichText', () => {
  it('renders paragraphs, emphasis and a nested list inside its parent item', () => {
    const html = renderToStaticMarkup(<RichText value={paragraphsAndNestedList} />)
    expect(html).toContain('<strong>many partners</strong>')
    expect(html).toContain('<ol><li>Prevention<ul><li>Dialogue</li></ul></li></ol>')
  })

  it('shows script typed by an editor as text and drops javascript: links', () => {
    const html = renderToStaticMarkup(<RichText value={hostileInput} />)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<a href="https://example.org/report" rel="noopener noreferrer">')
  })

  it('splits a long section after its first paragraph, keeping a leading heading with it', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
    const long = { root: { type: 'root', children: [{ type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Intro' }] }, paragraph('a'), paragraph('b'), paragraph('c')] } }
    const [open, rest] = splitRichText(long)
    expect(open.root.children?.map((b) => b.type)).toEqual(['heading', 'paragraph'])
    expect(rest?.root.children).toHaveLength(2)
    expect(splitRichText(paragraphsAndNestedList)[1]).toBeNull()
  })

  it('puts editor headings one level below the section heading', () => {
    const doc = { root: { type: 'root', children: [{ type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Title' }] }] } }
    expect(renderToStaticMarkup(<RichText value={doc} headingLevel={4} />)).toBe('<h4>Title</h4>')
  })
})
