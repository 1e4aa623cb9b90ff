/**
 * Percent-encodes any string, lone surrogates included (encodeURIComponent
 * throws on those; UTF-8 turns them into U+FFFD, as a browser would).
 */
export function encode(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** "a=1&b=2" from pairs; each name and value encoded. */
export const queryString = (pairs: [string, string][]) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')

/** A path with a query, or without one when there is nothing to add. */
export const withQuery = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path)
