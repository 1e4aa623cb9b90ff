/**
 * For the crash test: stores one batch of an issue's deliveries on the test's
 * database, says so, and waits to be killed before sending anything.
 */
import { getPayload } from 'payload'
import config from '../../src/cms/payload.config'
import { storeNextBatch } from '../../src/services/newsletter/send-issue'

const payload = await getPayload({ config })
await storeNextBatch(payload, Number(process.env.ISSUE_ID))
console.log('STORED')
setInterval(() => undefined, 1000)
