/** `npm run search:reindex`: rebuilds the search index from the published content. */
import { getHubPayload } from '../src/cms/get-payload'
import { applyMigrations } from '../src/cms/migrate'
import { reindexAll } from '../src/search/sync'

const payload = await getHubPayload()
await applyMigrations(payload)
const started = Date.now()
const count = await reindexAll(payload)
console.log(`Indexed ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
process.exit(0)
