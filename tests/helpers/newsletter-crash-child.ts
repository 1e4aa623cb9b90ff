/**
 * For the crash test: stores one batch of an issue's deliveries on the test's
 * database, says so, and waits to be killed before sending anything.
 */
import { getPayload } from 'payload'
import config from '../../src/cms/payload.config'
import { storeNextBatch } from '../../src/services/newsletter/send-issue'

// Held from the start: a busy database is retried on unref'd timers, which alone would let the process exit.
setInterval(() => undefined, 1000)
const payload = await getPayload({ config })
await storeNextBatch(payload, Number(process.env.ISSUE_ID))
console.log('STORED')
