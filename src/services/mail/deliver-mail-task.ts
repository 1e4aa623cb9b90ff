import type { TaskConfig } from 'payload'
import { deliver } from './transport'

/** Job: send one stored message. Payload retries it when delivery throws. */
export const deliverMailTask: TaskConfig<'deliverMail'> = {
  slug: 'deliverMail',
  retries: 5,
  inputSchema: [{ name: 'mailId', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const mail = await req.payload.findByID({ collection: 'outgoing-mail', id: input.mailId, overrideAccess: true, req })
    if (mail.status === 'sent') return { output: {} }
    try {
      const messageId = await deliver({
        to: mail.to, subject: mail.subject, html: mail.html ?? '', text: mail.text ?? '',
        headers: (mail.headers as Record<string, string>) ?? {}, replyTo: mail.replyTo ?? undefined,
      })
      await req.payload.update({ collection: 'outgoing-mail', id: mail.id, data: { status: 'sent', sentAt: new Date().toISOString(), messageId }, overrideAccess: true, req })
    } catch (error) {
      await req.payload.update({ collection: 'outgoing-mail', id: mail.id, data: { status: 'retrying', lastError: String(error).slice(0, 500) }, overrideAccess: true, req })
      throw error
    }
    return { output: {} }
  },
}
