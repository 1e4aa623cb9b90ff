import { createLocalReq, logoutOperation, type Payload, type TypedUser } from 'payload'

/** Ends this session on the server, so its token stops working everywhere, not only in this browser. */
export async function endSession(payload: Payload, user: TypedUser): Promise<void> {
  const req = await createLocalReq({ user }, payload)
  await logoutOperation({ collection: payload.collections.users, req })
}
