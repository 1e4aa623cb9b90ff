const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

/** Only http(s) and mailto links may reach a page; anything else is dropped. */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  try {
    return allowedProtocols.has(new URL(value).protocol)
  } catch {
    return false
  }
}
