/**
 * For the crash test: stores one batch of an issue's deliveries on the test's
 * database, says so, and waits to be killed before sending any of it.
 */
import { getPayload } from 'payload'
import config from '../../src/cms/payload.config'
import { storeNextBatch } from '../../src/services/newsletter/send-issue'

// Holds the process open until it is killed; a busy SQLite file is retried on unref'd timers, which alone would let it exit.
setInterval(() => undefined, 1000)
const payload = await getPayload({ config })
await storeNextBatch(payload, Number(process.env.ISSUE_ID))
console.log('STORED')
