import type { Payload } from 'payload'
import { type RateStore, rateStore } from './rate-store'

/**
 * A fixed-window counter per key (form + IP, or sign-in address), kept where
 * every instance counts together: in the database, or in Redis when REDIS_URL
 * is set. A visitor gets the same five tries however many instances serve them.
 */
export class RateLimiter {
  constructor(
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; false when the key is over its limit. */
  async allow(payload: Payload, key: string): Promise<boolean> {
    return (await this.count(payload, key)) <= this.limit
  }

  /** Counts one attempt and says how many the key has made in its window, this one included. */
  count(payload: Payload, key: string): Promise<number> {
    return this.store(payload).hit(`${this.name}:${key}`, this.windowMs)
  }

  forget(payload: Payload, key: string): Promise<void> {
    return this.store(payload).forget(`${this.name}:${key}`)
  }

  private store(payload: Payload): RateStore {
    return rateStore(payload)
  }
}
