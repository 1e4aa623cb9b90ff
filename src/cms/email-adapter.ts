import { randomUUID } from 'node:crypto'
import type { EmailAdapter } from 'payload'
import { htmlToText } from '../content/emails/html-to-text'
import { deliver, mailFrom, messageIdFor } from '../services/mail/transport'

/**
 * Payload's own mail (the back office's password reset) goes through the
 * hub's transport. It is never stored, so its reset link exists only in the
 * mail itself, and it leaves after the answer: waiting for delivery would
 * make a reset for an existing account answer measurably later than one for
 * an address that has none.
 */
export const hubEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'hub',
  defaultFromAddress: mailFrom().replace(/^.*<|>$/g, ''),
  defaultFromName: mailFrom().replace(/\s*<.*$/, ''),
  sendEmail: async (message) => {
    const html = typeof message.html === 'string' ? message.html : ''
    const mail = { to: String(message.to), subject: String(message.subject ?? ''), html, text: typeof message.text === 'string' ? message.text : htmlToText(html) }
    deliver(mail, messageIdFor('payload', randomUUID(), new Date().toISOString())).catch((error: unknown) =>
      payload.logger.error({ err: error, msg: 'A back-office mail could not be sent' }),
    )
  },
})
