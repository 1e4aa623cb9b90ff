import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { rawRows } from '../cms/raw-sql'

/** Where rate-limit counters live; `hit` counts one attempt and returns the window's count. */
export interface RateStore {
  hit(key: string, windowMs: number): Promise<number>
  forget(key: string): Promise<void>
}

// A window that has run out starts again at this hit; otherwise the hit is added. One statement, so
// concurrent hits from several instances never lose a count.
const upsert = `
  INSERT INTO hub_rate_limits (key, window_start, hits) VALUES ($1, $2, 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN hub_rate_limits.window_start <= $2 - $3 THEN 1 ELSE hub_rate_limits.hits + 1 END,
    window_start = CASE WHEN hub_rate_limits.window_start <= $2 - $3 THEN $2 ELSE hub_rate_limits.window_start END
  RETURNING hits`
const sweepAfter = 24 * 60 * 60 * 1000

export class DatabaseRateStore implements RateStore {
  constructor(private readonly payload: Payload) {}

  async hit(key: string, windowMs: number): Promise<number> {
    const now = Date.now()
    // Now and then a hit also clears windows long over, so the table stays the size of current traffic.
    if (Math.random() < 0.002) await rawRows(this.payload, 'DELETE FROM hub_rate_limits WHERE window_start < $1', [now - sweepAfter])
    const [row] = await rawRows<{ hits: number }>(this.payload, upsert, [key, now, windowMs])
    return Number(row.hits)
  }

  async forget(key: string): Promise<void> {
    await rawRows(this.payload, 'DELETE FROM hub_rate_limits WHERE key = $1', [key])
  }
}

export class RedisRateStore implements RateStore {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number): Promise<number> {
    const name = `hub:rate:${key}`
    // The window starts with its first hit and ends when the key expires.
    const replies = await this.redis.multi().incr(name).pexpire(name, windowMs, 'NX').exec()
    const [error, hits] = replies![0]
    if (error) throw error
    return Number(hits)
  }

  async forget(key: string): Promise<void> {
    await this.redis.del(`hub:rate:${key}`)
  }
}

const stores = new WeakMap<Payload, RateStore>()
let redis: Redis | undefined

/** Counters in Redis when REDIS_URL is set, else in the hub's own database: shared by every instance either way. */
export function rateStore(payload: Payload): RateStore {
  let store = stores.get(payload)
  if (!store) {
    store = process.env.REDIS_URL ? new RedisRateStore((redis ??= new Redis(process.env.REDIS_URL))) : new DatabaseRateStore(payload)
    stores.set(payload, store)
  }
  return store
}
