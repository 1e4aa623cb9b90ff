/** A document's key in the search index: its collection and id, "resources:12". Written here only, read back by idsIn. */
export const indexKey = (collection: string, id: number | string) => `${collection}:${id}`

/** The ids of one collection's documents among index keys. */
export function idsIn(keys: string[], collection: string): number[] {
  const prefix = indexKey(collection, '')
  return keys.filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length)))
}
