const here = 'http://hub.invalid'

/**
 * Where to send a visitor after they sign in: a path on this site, or null.
 * Anything that would leave the site ("//evil.example", "/\\evil.example", a
 * scheme, a tab the URL parser drops) resolves to another host and is refused.
 */
export function returnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null
  const url = new URL(value, here)
  return url.origin === here ? url.pathname + url.search : null
}

/** The query string that brings a visitor back to `path` after signing in. */
export const returnQuery = (path: string) => `?${new URLSearchParams({ return: path })}`
