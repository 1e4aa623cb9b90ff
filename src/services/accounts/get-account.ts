import type { Payload, TypedUser } from 'payload'
import { findHelpDeskInbox } from './find-help-desk-inbox'

/** What the account page shows a signed-in member about themselves. */
export type AccountSummary = { name: string; email: string; organisation: string; city: string; pendingEmail: string; canAskForHelp: boolean }

export async function getAccount(payload: Payload, user: TypedUser): Promise<AccountSummary> {
  return {
    name: user.name ?? '',
    email: user.email,
    organisation: user.organisation ?? '',
    city: user.city ?? '',
    pendingEmail: user.pendingEmail ?? '',
    canAskForHelp: Boolean(await findHelpDeskInbox(payload, user)),
  }
}
