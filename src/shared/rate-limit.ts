/**
 * A fixed-window counter per key (form + IP, or sign-in address). In memory:
 * each instance counts on its own, which still caps what one address can send
 * through it.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Counts one attempt; false when the key is over its limit. */
  allow(key: string, now = Date.now()): boolean {
    return this.count(key, now) <= this.limit
  }

  /** Counts one attempt and says how many the key has made in its window, this one included. */
  count(key: string, now = Date.now()): number {
    const current = this.windows.get(key)
    if (!current || now - current.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now)
      this.windows.set(key, { start: now, count: 1 })
      return 1
    }
    current.count += 1
    return current.count
  }

  forget(key: string): void {
    this.windows.delete(key)
  }

  private sweep(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key)
  }
}

/**
 * One limiter per name for the whole process. Next's bundle of the Payload
 * config and the site server each load their own copy of this module, so the
 * counters live on globalThis, where both find the same ones.
 */
export function sharedLimiter(name: string, limit: number, windowMs: number): RateLimiter {
  const scope = globalThis as unknown as Record<symbol, RateLimiter | undefined>
  const key = Symbol.for(`strong-cities-hub.rate-limit.${name}`)
  scope[key] ??= new RateLimiter(limit, windowMs)
  return scope[key]!
}
