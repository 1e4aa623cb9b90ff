import { onContentChange } from '../../shared/content-events'

/**
 * Recent search outcomes, emptied on any content change like the page cache.
 * Popular queries then cost a map lookup; a new query still goes to the index.
 */
const MAX_ENTRIES = 1000
const entries = new Map<string, Promise<unknown>>()
onContentChange(() => entries.clear())

export function cachedSearch<T>(key: string, run: () => Promise<T>): Promise<T> {
  const found = entries.get(key) as Promise<T> | undefined
  if (found) return found
  const result = run()
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  entries.set(key, result)
  result.catch(() => entries.delete(key))
  return result
}
