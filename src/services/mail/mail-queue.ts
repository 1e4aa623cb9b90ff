import type { Payload } from 'payload'

let running: Promise<void> | null = null
let again = false

/**
 * Runs queued deliveries now, one runner at a time: a kick while a run is
 * going on schedules exactly one more run, so nothing waits for the timer.
 */
export function kickMailQueue(payload: Payload): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    do {
      again = false
      await payload.jobs.run({ limit: 50 })
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
