import type { EmailAdapter } from 'payload'
import { htmlToText } from '../services/mail/html-to-text'
import { deliver, mailFrom } from '../services/mail/transport'

/** Payload's own mail (the back office's password reset) goes through the hub's transport. */
export const hubEmailAdapter: EmailAdapter = () => ({
  name: 'hub',
  defaultFromAddress: mailFrom().replace(/^.*<|>$/g, ''),
  defaultFromName: mailFrom().replace(/\s*<.*$/, ''),
  sendEmail: async (message) => {
    const html = typeof message.html === 'string' ? message.html : ''
    return deliver({
      to: String(message.to),
      subject: String(message.subject ?? ''),
      html,
      text: typeof message.text === 'string' ? message.text : htmlToText(html),
    })
  },
})
