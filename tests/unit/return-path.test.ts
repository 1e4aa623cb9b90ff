import { describe, expect, it } from 'vitest'
import { returnPath, returnQuery } from '../../src/site/forms/return-path'

describe('returnPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(returnPath('/en/resources/case-pack')).toBe('/en/resources/case-pack')
    expect(returnPath('/fr/resources?theme=youth')).toBe('/fr/resources?theme=youth')
    expect(returnPath(new URLSearchParams(returnQuery('/ar/resources/x?y=1').slice(1)).get('return'))).toBe('/ar/resources/x?y=1')
  })

  it('refuses anything that would take the visitor to another site', () => {
    for (const value of ['//evil.example/x', '/\\evil.example', '/\t/evil.example', 'https://evil.example', 'javascript:alert(1)', 'en/account', '', undefined, ['/en']]) {
      expect(returnPath(value), String(value)).toBeNull()
    }
  })
})
