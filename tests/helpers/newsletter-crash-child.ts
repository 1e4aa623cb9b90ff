/**
 * For the crash test: stores one batch of an issue's deliveries on the test's
 * database, says so, and waits to be killed before sending anything.
 */
// Held from the start, before anything loads: the process must live until it is killed.
setInterval(() => undefined, 1000)

async function main() {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/cms/payload.config')
  const { storeNextBatch } = await import('../../src/services/newsletter/send-issue')
  const payload = await getPayload({ config })
  await storeNextBatch(payload, Number(process.env.ISSUE_ID))
  console.log('STORED')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
