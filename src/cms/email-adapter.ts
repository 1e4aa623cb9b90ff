import { randomUUID } from 'node:crypto'
import type { EmailAdapter } from 'payload'
import { htmlToText } from '../services/mail/html-to-text'
import { deliver, mailFrom, messageIdFor } from '../services/mail/transport'

/**
 * Payload's own mail (the back office's password reset) goes through the
 * hub's transport. It is sent while the admin waits and never stored, so its
 * reset link exists only in the mail itself.
 */
export const hubEmailAdapter: EmailAdapter = () => ({
  name: 'hub',
  defaultFromAddress: mailFrom().replace(/^.*<|>$/g, ''),
  defaultFromName: mailFrom().replace(/\s*<.*$/, ''),
  sendEmail: async (message) => {
    const html = typeof message.html === 'string' ? message.html : ''
    const mail = { to: String(message.to), subject: String(message.subject ?? ''), html, text: typeof message.text === 'string' ? message.text : htmlToText(html) }
    await deliver(mail, messageIdFor('payload', randomUUID(), new Date().toISOString()))
  },
})
