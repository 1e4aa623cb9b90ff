import type { Payload, TypedUser } from 'payload'
import type { Locale } from '../../content/locales'
import { parseInput } from '../../content/app-error'
import { storeContactMessage } from '../contact/send-contact-message'
import { ZHelpRequestSchema } from './accounts'
import { findHelpDeskInbox } from './find-help-desk-inbox'

/**
 * A help-desk request from a signed-in person of a member city, to their
 * region's hub team (see findHelpDeskInbox). False, and nothing sent, for
 * someone of no member city.
 */
export async function sendHelpRequest(payload: Payload, user: TypedUser, values: Record<string, string>, locale: Locale, origin: string): Promise<boolean> {
  const inbox = await findHelpDeskInbox(payload, user)
  if (!inbox) return false
  const { message } = parseInput(ZHelpRequestSchema, values)
  await storeContactMessage(payload, { topic: 'support', name: user.name || user.email, email: user.email, organisation: user.organisation ?? '', message }, locale, origin, inbox)
  return true
}
