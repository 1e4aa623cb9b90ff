/**
 * Builds the suite's template: migrates the database SQLITE_FILE or
 * DATABASE_URL names, seeds the demo network and indexes it for search,
 * exactly as a server's first start does. Run once per test run by
 * tests/int/global-setup.ts, in a process of its own so that nothing holds
 * the database open when it is copied.
 */
import { getHubPayload } from '../../src/cms/get-payload'
import { applyMigrations } from '../../src/cms/migrate'
import { ensureSearchIndex } from '../../src/search/sync'
import { seedDemoContent } from '../../src/services/seed/seed-demo-content'

const payload = await getHubPayload()
await applyMigrations(payload)
await seedDemoContent(payload)
await ensureSearchIndex(payload)
process.exit(0)
