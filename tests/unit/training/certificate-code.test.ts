import { describe, expect, it } from 'vitest'
import { isCertificateCode, newCertificateCode } from '../../../src/services/training/certificate-code'

describe('certificate codes', () => {
  it('makes codes that read back as codes, each different', () => {
    const codes = Array.from({ length: 200 }, newCertificateCode)
    expect(codes.every(isCertificateCode)).toBe(true)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('refuses letters that read alike, other shapes and lower case', () => {
    for (const code of ['K7QM-3XHP-9TRO', 'K7QM-3XHP-9TR1', 'K7QM-3XHP-9TRU', 'K7QM3XHP9TRC', 'k7qm-3xhp-9trc', 'K7QM-3XHP-9TRC-', '<script>'])
      expect(isCertificateCode(code), code).toBe(false)
    expect(isCertificateCode('K7QM-3XHP-9TRC')).toBe(true)
  })
})
