import { expect, it } from 'vitest'
import { formatFailures, formatSummary, runFuzz } from '../fuzz/run'

// Fixed, so CI fails the same way every time; npm run bench:fuzz draws new seeds.
const SEED = Number(process.env.FUZZ_SEED ?? 9)

it('answers 3,000 hostile requests to every route, form, collection and GraphQL field without a server error, and loses nothing', async () => {
  const report = await runFuzz({ count: 3000, seed: SEED })
  console.log(formatSummary(report))
  // The count, not the list, so the message is the readable list of requests rather than a diff of objects.
  expect(report.failures.length, formatFailures(report.failures)).toBe(0)
  // Posts the rate limit stopped tested nothing behind it.
  expect(report.formsPastRateLimit).toBeGreaterThan(report.formPosts / 2)
}, 240_000)
