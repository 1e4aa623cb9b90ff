import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L or U: a code read aloud or typed from paper comes out right.
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A certificate's code, e.g. `K7QM-3XHP-9TRC`: about 59 bits, too many to guess one that exists. */
export function newCertificateCode(): string {
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)])
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-')
}

const shape = new RegExp(`^[${alphabet}]{4}-[${alphabet}]{4}-[${alphabet}]{4}$`)

/** What a typed or scanned code may look like; anything else is no certificate. */
export const isCertificateCode = (value: string) => shape.test(value)
