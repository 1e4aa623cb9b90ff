import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AccountStatus } from '.'
import { exampleContext } from '../../examples'

describe('AccountStatus', () => {
  it('offers visitors the way to sign in', () => {
    expect(renderToStaticMarkup(<AccountStatus ctx={exampleContext('fr')} />)).toMatch(/^<a class="account-status" href="\/fr\/account\/sign-in">[^<]+<\/a>$/)
  })

  it('names the signed-in member and signs them out with a guarded POST', () => {
    const ctx = { ...exampleContext('en'), member: { name: 'Amina Yusuf', guard: { _csrf: 'token', _started: 'time' } } }
    const html = renderToStaticMarkup(<AccountStatus ctx={ctx} />)
    expect(html).toContain('<form class="account-status" action="/en/account/sign-out" method="post">')
    expect(html).toContain('<input type="hidden" name="_csrf" value="token"/>')
    expect(html).toContain('<a href="/en/account" aria-label="Signed in as Amina Yusuf: your account">Amina Yusuf</a>')
    expect(html).toContain('<button type="submit" class="account-status__sign-out">Sign out</button>')
  })
})
