/** The address visitors use; canonical links and the back office's CSRF check rely on it. */
export function publicOrigin(): string {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/$/, '')
  return `http://localhost:${process.env.PORT ?? 3000}`
}

/**
 * Origins allowed to use the session cookie. Without PUBLIC_URL the hub runs
 * locally, where people open it as localhost or 127.0.0.1 alike.
 */
export function trustedOrigins(): string[] {
  if (process.env.PUBLIC_URL) return [publicOrigin()]
  const port = process.env.PORT ?? 3000
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
