import { GenerationCache } from '../../shared/generation-cache'

/**
 * Recent search outcomes, dropped on any content change like the page cache.
 * Popular queries then cost a map lookup; a new query still goes to the index.
 * The promise is stored as the search starts, so searches running at once
 * for one query share it.
 */
const entries = new GenerationCache<Promise<unknown>>(1000)

export function cachedSearch<T>(key: string, run: () => Promise<T>): Promise<T> {
  const found = entries.get(key) as Promise<T> | undefined
  if (found) return found
  const startedAt = entries.currentGeneration()
  const result = run()
  entries.set(key, result, startedAt)
  result.catch(() => entries.delete(key))
  return result
}
