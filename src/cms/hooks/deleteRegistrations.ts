import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A registration cannot outlive its event or its member (both are required),
 * so deleting either first removes its registrations, in the same request.
 */
export const deleteRegistrationsOf =
  (field: 'event' | 'member'): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({ collection: 'event-registrations', where: { [field]: { equals: id } }, overrideAccess: true, req })
  }
