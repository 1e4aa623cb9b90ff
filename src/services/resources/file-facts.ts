import type { Payload } from 'payload'
import { readableOne } from '../../content/related'
import { idsIn, indexKey } from '../../search/index-key'

/** What a list says of a resource's file before anyone downloads it: "PDF, 1.2 MB". */
export type FileFacts = { format: string; bytes: number }

/**
 * The file facts of the resources among search hits, by their index key
 * ("resources:12"). Only documents the visitor was already shown are read,
 * so reading them past access rules reveals nothing new.
 */
export async function fileFactsByKey(payload: Payload, keys: string[]): Promise<Map<string, FileFacts>> {
  const ids = idsIn(keys, 'resources')
  const facts = new Map<string, FileFacts>()
  if (!ids.length) return facts
  const { docs } = await payload.find({ collection: 'resources', where: { id: { in: ids } }, depth: 1, pagination: false, overrideAccess: true, select: { file: true } })
  for (const doc of docs) {
    const file = readableOne(doc.file)
    if (!file?.filename || !file.filesize) continue
    facts.set(indexKey('resources', doc.id), { format: (file.filename.split('.').pop() ?? '').toUpperCase(), bytes: file.filesize })
  }
  return facts
}
