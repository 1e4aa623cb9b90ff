import type { Payload } from 'payload'

/**
 * Whether a published document at this address is for members only. A
 * visitor who may not read it is then asked to sign in rather than told the
 * page does not exist; they learn no more than that, not even its title.
 */
export async function isMembersOnly(payload: Payload, collection: 'resources' | 'training-modules', slug: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }, { audience: { equals: 'members' } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}
