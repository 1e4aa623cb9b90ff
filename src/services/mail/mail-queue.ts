import type { Payload } from 'payload'
import { deliverQueuedMail } from './deliver-queued-mail'

/**
 * A job still marked processing this long after its last update belongs to
 * a runner that died (kill -9, power loss): it goes back to the queue. Long,
 * because sending a newsletter is one job; the sending itself resumes at
 * start-up anyway (src/server.ts).
 */
const JOB_LEASE_MS = 10 * 60_000

async function reclaimAbandonedJobs(payload: Payload): Promise<void> {
  const before = new Date(Date.now() - JOB_LEASE_MS).toISOString()
  await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: before } }] },
    data: { processing: false },
    overrideAccess: true,
  })
}

let running: Promise<void> | null = null
let again = false

/**
 * Runs the background jobs and sends the stored mail now, one runner at a
 * time: a kick while a run is going on schedules exactly one more run, so
 * nothing waits for the timer, and this process never sends a mail twice at once.
 */
export function kickMailQueue(payload: Payload): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    do {
      again = false
      await reclaimAbandonedJobs(payload)
      await payload.jobs.run({ limit: 50 })
      await deliverQueuedMail(payload)
    } while (again)
  })().finally(() => {
    running = null
  })
  return running
}

/** Starts delivery without making the visitor wait; failures stay queued for the next run. */
export function deliverSoon(payload: Payload): void {
  kickMailQueue(payload).catch((error) => payload.logger.error({ err: error, msg: 'Mail delivery failed; it will be retried.' }))
}
