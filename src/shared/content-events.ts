/**
 * A process-wide signal that published content changed. It is stored on
 * globalThis because Next bundles its own copy of this module for the back
 * office, and both copies must reach the same listeners.
 */
export type ContentChange = { collection: string }
type Listener = (change: ContentChange) => void

const key = Symbol.for('strong-cities-hub.content-events')
type Registry = { listeners: Set<Listener> }

function registry(): Registry {
  const scope = globalThis as unknown as Record<symbol, Registry | undefined>
  scope[key] ??= { listeners: new Set() }
  return scope[key]!
}

export function onContentChange(listener: Listener): () => void {
  registry().listeners.add(listener)
  return () => registry().listeners.delete(listener)
}

export function emitContentChange(change: ContentChange): void {
  for (const listener of registry().listeners) listener(change)
}
