const shared: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
}

/** Public pages load only our own stylesheet, images and scripts. */
export const publicSecurityHeaders: Record<string, string> = {
  ...shared,
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
}

/**
 * The back office is Next's admin, whose pages carry inline scripts and
 * styles; it still loads nothing from elsewhere and cannot be framed.
 */
export const adminSecurityHeaders: Record<string, string> = {
  ...shared,
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
}

/** REST and GraphQL answer data, never pages. */
export const apiSecurityHeaders: Record<string, string> = {
  ...shared,
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
}

/** Over https (SECURE_COOKIES=true) browsers are told to come back only over https. */
export function transportSecurityHeaders(): Record<string, string> {
  return process.env.SECURE_COOKIES === 'true' ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}
}
