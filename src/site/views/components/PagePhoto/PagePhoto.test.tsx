import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PagePhoto } from '.'
import { exampleContext } from '../../examples'

const photo = { src: '/api/media/file/harbour.jpg', width: 1200, height: 675, alt: 'The harbour at dusk', credit: 'City of Rotterdam', webp: null }

describe('PagePhoto', () => {
  it('shows the photo with its credit in the page language, loaded at once', () => {
    const html = renderToStaticMarkup(<PagePhoto ctx={exampleContext('fr')} photo={photo} />)
    expect(html).toContain('<img src="/api/media/file/harbour.jpg" width="1200" height="675" alt="The harbour at dusk" loading="eager"')
    expect(html).toContain('<figcaption class="page-photo__credit">Crédit : City of Rotterdam</figcaption>')
  })

  it('leaves the credit out when the image has none, and draws nothing without a photo', () => {
    expect(renderToStaticMarkup(<PagePhoto ctx={exampleContext('en')} photo={{ ...photo, credit: null }} />)).not.toContain('figcaption')
    expect(renderToStaticMarkup(<PagePhoto ctx={exampleContext('en')} photo={null} />)).toBe('')
  })
})
