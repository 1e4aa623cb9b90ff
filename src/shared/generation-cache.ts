import { contentGeneration } from './content-events'

/**
 * A bounded map of things derived from content (pages, search results,
 * vocabularies). An entry is kept only if no content change came between the
 * moment its work started and the moment it is stored, and every entry is
 * dropped once content changes: one counter decides for every cache.
 */
export class GenerationCache<V> {
  private entries = new Map<string, V>()
  private generation = contentGeneration()
  private clears = 0

  constructor(private readonly maxEntries: number) {}

  /** Take this before starting the work whose result you will store. */
  currentGeneration(): number {
    return contentGeneration() + this.clears
  }

  get(key: string): V | undefined {
    this.forgetIfStale()
    return this.entries.get(key)
  }

  set(key: string, value: V, startedAt: number): void {
    this.forgetIfStale()
    if (startedAt !== this.currentGeneration()) return
    // Keys such as filter combinations are unbounded; dropping the oldest keeps memory flat.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, value)
  }

  delete(key: string): void {
    this.entries.delete(key)
  }

  clear(): void {
    this.clears += 1
    this.entries.clear()
  }

  get size(): number {
    this.forgetIfStale()
    return this.entries.size
  }

  private forgetIfStale() {
    const now = contentGeneration()
    if (now === this.generation) return
    this.generation = now
    this.entries.clear()
  }
}
