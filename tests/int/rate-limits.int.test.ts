import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DatabaseRateStore, RedisRateStore, type RateStore } from '../../src/shared/rate-store'
import { createTestPayload } from '../helpers/test-payload'

/**
 * The counters every instance shares. Two stores on one database (or one
 * Redis) stand for two instances: hits sent through both at once must add up
 * as one count, with no hit lost to a race.
 */
let payload: Payload
let redis: Redis[] = []
beforeAll(async () => {
  payload = await createTestPayload()
})
afterAll(async () => {
  for (const client of redis) client.disconnect()
})

const stores: Record<string, () => [RateStore, RateStore]> = {
  database: () => [new DatabaseRateStore(payload), new DatabaseRateStore(payload)],
  // The machine's Redis (README: REDIS_URL); each store has its own connection, as each instance would.
  redis: () => {
    redis = [new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'), new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')]
    return [new RedisRateStore(redis[0]), new RedisRateStore(redis[1])]
  },
}

describe.each(Object.keys(stores))('rate-limit counters in %s', (kind) => {
  it('counts hits from two instances at once as one count, then starts again when the window ends', async () => {
    const [a, b] = stores[kind]()
    const key = `storm:${kind}:${Date.now()}`
    const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? b : a).hit(key, 1_000)))
    expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    await new Promise((r) => setTimeout(r, 1_100))
    expect(await a.hit(key, 1_000)).toBe(1)
    await b.forget(key)
    expect(await a.hit(key, 1_000)).toBe(1)
  })
})
