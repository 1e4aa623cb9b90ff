import type { Payload, PayloadRequest } from 'payload'
import type { OutgoingMail } from './transport'

/**
 * Stores the message, then queues its delivery. A crash or an SMTP failure
 * after this point loses nothing: the job queue retries until it is sent.
 */
export async function queueMail(payload: Payload, mail: OutgoingMail, req?: PayloadRequest): Promise<void> {
  const stored = await payload.create({
    collection: 'outgoing-mail',
    data: { to: mail.to, subject: mail.subject, html: mail.html, text: mail.text, headers: mail.headers ?? {}, replyTo: mail.replyTo, status: 'queued' },
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({ task: 'deliverMail', input: { mailId: stored.id }, req })
}
