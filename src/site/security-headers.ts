import { INERT_FILE_POLICY } from '../shared/inert-file-policy'

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

/** Uploaded images: opened on their own, even an SVG is an inert, sandboxed document. */
const uploadedImageSecurityHeaders: Record<string, string> = {
  ...shared,
  'content-security-policy': INERT_FILE_POLICY,
}

// Where Payload serves the Images collection's files (PDFs, which a sandbox would keep from the browser's viewer, are not among them).
const uploadedImagePath = /^\/api\/media\/file\//

/**
 * The headers set on a request for /admin, /api or /_next before Next
 * answers it. They are the last word: Next adds a route's own header only
 * where none is set yet, so Payload's policy for SVG files never replaces these.
 */
export function backOfficeSecurityHeaders(url: string): Record<string, string> {
  if (!url.startsWith('/api')) return adminSecurityHeaders
  return uploadedImagePath.test(url) ? uploadedImageSecurityHeaders : apiSecurityHeaders
}

/** Over https (SECURE_COOKIES=true) browsers are told to come back only over https. */
export function transportSecurityHeaders(): Record<string, string> {
  return process.env.SECURE_COOKIES === 'true' ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}
}
