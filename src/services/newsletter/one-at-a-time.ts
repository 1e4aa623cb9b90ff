const queues = new Map<string, Promise<unknown>>()

/**
 * Runs work for one key after the work already running for it, so two
 * requests about one address (or two runs of one issue) in this process see
 * each other's result instead of racing.
 */
export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(work)
  queues.set(key, next)
  const forget = () => {
    if (queues.get(key) === next) queues.delete(key)
  }
  next.then(forget, forget)
  return next
}
