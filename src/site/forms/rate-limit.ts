/**
 * A fixed-window counter per key (form + IP). In memory: each instance counts
 * on its own, which still caps what one address can send through it.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Counts one attempt; false when the key is over its limit. */
  allow(key: string, now = Date.now()): boolean {
    const current = this.windows.get(key)
    if (!current || now - current.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now)
      this.windows.set(key, { start: now, count: 1 })
      return true
    }
    current.count += 1
    return current.count <= this.limit
  }

  private sweep(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key)
  }
}
