import { expect, it } from 'vitest'
import { formatFailures, formatSummary, runFuzz } from '../fuzz/run'

// Fixed, so CI fails the same way every time; npm run bench:fuzz draws new seeds.
const SEED = Number(process.env.FUZZ_SEED ?? 9)

it('answers 3,000 hostile requests to every route, form, collection and GraphQL field without a server error, and loses nothing', async () => {
  const report = await runFuzz({ count: 3000, seed: SEED })
  console.log(formatSummary(report))
  expect(report.failures, formatFailures(report.failures)).toEqual([])
  // Posts the rate limit stopped tested nothing behind it.
  expect(report.formsPastRateLimit).toBeGreaterThan(report.formPosts / 2)
}, 240_000)
