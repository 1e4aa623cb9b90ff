import type { TaskHandler } from 'payload'

/**
 * Some jobs render mail with react-dom/server, which Next refuses to bundle
 * into the back office. The config names those handlers; the site server
 * supplies them at start-up. The registry lives on globalThis because Next's
 * copy of the config must find what the site server registered.
 */
type AnyHandler = TaskHandler<any>
const key = Symbol.for('strong-cities-hub.job-handlers')

function registry(): Map<string, AnyHandler> {
  const scope = globalThis as unknown as Record<symbol, Map<string, AnyHandler> | undefined>
  scope[key] ??= new Map()
  return scope[key]!
}

export function provideJobHandler(slug: string, handler: AnyHandler): void {
  registry().set(slug, handler)
}

/** The config's side: a handler that runs whatever the site server provided, or fails (and is retried later). */
export function providedJobHandler(slug: string): AnyHandler {
  return (args) => {
    const handler = registry().get(slug)
    if (!handler) throw new Error(`No handler has been provided for the "${slug}" job yet`)
    return handler(args)
  }
}
