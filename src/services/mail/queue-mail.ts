import type { Payload, PayloadRequest } from 'payload'
import { redactSecrets } from './secrets'
import type { OutgoingMail } from './transport'

async function store(payload: Payload, mail: OutgoingMail, options: { req?: PayloadRequest; key?: string }): Promise<void> {
  const { redacted, sealed } = redactSecrets(mail)
  await payload.create({
    collection: 'outgoing-mail',
    data: { ...redacted, headers: redacted.headers ?? {}, secrets: sealed, key: options.key, status: 'queued' },
    overrideAccess: true,
    req: options.req,
  })
}

/**
 * Stores the message, its link tokens sealed (src/services/mail/secrets.ts).
 * The stored row is the queue entry: once it exists, the mail runner
 * (mail-queue.ts) sends it, whatever crashes or SMTP failures happen after.
 */
export async function queueMail(payload: Payload, mail: OutgoingMail, req?: PayloadRequest): Promise<void> {
  await store(payload, mail, { req })
}

const stored = async (payload: Payload, key: string) => (await payload.count({ collection: 'outgoing-mail', where: { key: { equals: key } }, overrideAccess: true })).totalDocs > 0

/**
 * As queueMail, at most once per key: work redone after a crash, or by
 * another instance at the same time, stores no second copy (the key is unique).
 */
export async function queueMailOnce(payload: Payload, key: string, mail: OutgoingMail): Promise<void> {
  if (await stored(payload, key)) return
  try {
    await store(payload, mail, { key })
  } catch (error) {
    if (!(await stored(payload, key))) throw error
  }
}
