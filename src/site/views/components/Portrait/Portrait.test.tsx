import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { initialsOf, Portrait } from '.'

describe('Portrait', () => {
  it('takes the first and last initials in any script', () => {
    expect(initialsOf('Ahmed Aboutaleb')).toBe('AA')
    expect(initialsOf('Jean-Luc de la Tour')).toBe('JT')
    expect(initialsOf('أحمد أبو طالب')).toBe('أط')
    expect(initialsOf('Madonna')).toBe('M')
  })

  it('shows initials on a disc, hidden from screen readers, when there is no photo', () => {
    const html = renderToStaticMarkup(<Portrait name="Samer Haddadin" photo={null} />)
    expect(html).toMatch(/^<span class="portrait-disc portrait-disc--[0-7]" aria-hidden="true">SH<\/span>$/)
    expect(renderToStaticMarkup(<Portrait name="Samer Haddadin" photo={null} />)).toBe(html)
  })
})
