import type { Payload, TypedUser } from 'payload'
import { findHelpDeskInbox } from './find-help-desk-inbox'

/** What the account page shows a signed-in member about themselves. */
export type AccountSummary = { name: string; email: string; organisation: string; city: string; pendingEmail: string; canAskForHelp: boolean }

export async function getAccount(payload: Payload, user: TypedUser): Promise<AccountSummary> {
  const u = user as unknown as Record<string, string>
  return { name: u.name ?? '', email: u.email, organisation: u.organisation ?? '', city: u.city ?? '', pendingEmail: u.pendingEmail ?? '', canAskForHelp: Boolean(await findHelpDeskInbox(payload, user)) }
}
