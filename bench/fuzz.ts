/**
 * npm run bench:fuzz: 10,000 hostile requests against the real server on a
 * fresh database (SQLite, or PostgreSQL with DATABASE_URL), with counts per
 * status class and per route family. Exits non-zero on any failure.
 * FUZZ_SEED replays a run; FUZZ_COUNT changes its size.
 */
import { formatFailures, formatSummary, runFuzz } from '../tests/fuzz/run'

const report = await runFuzz({ count: Number(process.env.FUZZ_COUNT ?? 10_000), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 100_000) })
console.log(formatSummary(report))
if (report.failures.length) console.log(`\n${formatFailures(report.failures)}`)
process.exit(report.failures.length ? 1 : 0)
