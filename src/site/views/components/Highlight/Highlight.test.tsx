import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Highlight } from '.'

describe('Highlight', () => {
  it('marks matched words and escapes everything else', () => {
    const html = renderToStaticMarkup(<Highlight text={'A \u0001port\u0002 city <script>x</script>'} />)
    expect(html).toBe('A <mark>port</mark> city &lt;script&gt;x&lt;/script&gt;')
  })
})
