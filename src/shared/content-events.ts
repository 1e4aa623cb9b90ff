/**
 * The one signal that published content changed, with the one generation
 * counter every cache compares against. It lives on globalThis because Next
 * bundles its own copy of this module for the back office, and both copies
 * must share the counter and the listeners.
 */
export type ContentChange = { collections: string[] }
type Listener = (change: ContentChange) => void
/** Carries a change this instance committed to the other instances (see src/cms/change-feed.ts). */
type Relay = (change: ContentChange) => Promise<void>

const key = Symbol.for('strong-cities-hub.content-events')
type Registry = { generation: number; listeners: Set<Listener>; relay?: Relay }

function registry(): Registry {
  const scope = globalThis as unknown as Record<symbol, Registry | undefined>
  scope[key] ??= { generation: 0, listeners: new Set() }
  return scope[key]!
}

/** Rises with every change; anything produced under an older generation may be stale. */
export function contentGeneration(): number {
  return registry().generation
}

export function onContentChange(listener: Listener): () => void {
  registry().listeners.add(listener)
  return () => registry().listeners.delete(listener)
}

/** Empties this instance's caches: for a change made here, or one that another instance (or a lost connection) tells of. */
export function applyContentChange(change: ContentChange): void {
  const r = registry()
  r.generation += 1
  for (const listener of r.listeners) listener(change)
}

/** A committed change: this instance forgets what it cached, then every other instance is told. */
export async function announceContentChange(change: ContentChange): Promise<void> {
  applyContentChange(change)
  await registry().relay?.(change)
}

export function relayContentChanges(relay: Relay | undefined): void {
  registry().relay = relay
}
