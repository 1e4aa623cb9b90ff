import type { Payload, Where } from 'payload'
import type { OutgoingMail as StoredMail } from '../../cms/payload-types'
import { ifNoOneElse } from '../../shared/exclusive'
import { restoreSecrets } from './secrets'
import { deliver, type MailAttachment, messageIdFor } from './transport'

/**
 * How long a runner holds a mail it is sending. A runner killed mid-send
 * holds it no longer than this; then the mail is due again. The SMTP
 * timeouts in transport.ts keep one send well inside it.
 */
const LEASE_MS = 30_000
const MAX_ATTEMPTS = 6
// 1, 2, 4, 8 and 16 minutes between attempts: an SMTP outage of half an hour loses nothing.
const retryDelay = (attempts: number) => 60_000 * 2 ** (attempts - 1)

const due = (now: string): Where => ({
  or: [
    { status: { equals: 'queued' } },
    { and: [{ status: { equals: 'retrying' } }, { nextAttemptAt: { less_than_equal: now } }] },
    { and: [{ status: { equals: 'sending' } }, { leaseUntil: { less_than: now } }] },
  ],
})

async function deliverOne(payload: Payload, mail: StoredMail): Promise<void> {
  const update = (data: Partial<StoredMail>) => payload.update({ collection: 'outgoing-mail', id: mail.id, data, overrideAccess: true })
  const attempts = (mail.attempts ?? 0) + 1
  await update({ status: 'sending', attempts, leaseUntil: new Date(Date.now() + LEASE_MS).toISOString() })
  // Stable across attempts, so a resend after a crash is recognised as the same mail.
  const messageId = messageIdFor('mail', mail.id, mail.createdAt)
  try {
    const stored = {
      to: mail.to,
      subject: mail.subject,
      html: mail.html ?? '',
      text: mail.text ?? '',
      headers: (mail.headers as Record<string, string>) ?? {},
      replyTo: mail.replyTo ?? undefined,
      attachments: (mail.attachments as MailAttachment[] | null) ?? undefined,
    }
    await deliver(restoreSecrets(stored, mail.secrets), messageId)
    // Sent: the link tokens are needed nowhere else, so they are erased.
    await update({ status: 'sent', sentAt: new Date().toISOString(), messageId, secrets: null, leaseUntil: null })
  } catch (error) {
    const failed = attempts >= MAX_ATTEMPTS
    payload.logger.warn({ err: error, msg: failed ? `Mail ${mail.id} could not be delivered; giving up.` : `Mail ${mail.id} could not be delivered; it will be retried.` })
    await update({
      status: failed ? 'failed' : 'retrying',
      lastError: String(error).slice(0, 500),
      leaseUntil: null,
      ...(failed ? { secrets: null } : { nextAttemptAt: new Date(Date.now() + retryDelay(attempts)).toISOString() }),
    })
  }
}

const findDue = (payload: Payload, where: Where, limit: number) =>
  payload.find({
    collection: 'outgoing-mail',
    where: { and: [due(new Date().toISOString()), where] },
    sort: 'createdAt',
    limit,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })

/**
 * Sends every stored mail that is due (new, retry time reached, or held by a
 * runner that died), oldest first. With several instances, each mail is taken
 * under a lock and read again: one that another runner holds or sent meanwhile is left alone.
 */
export async function deliverQueuedMail(payload: Payload): Promise<void> {
  while (true) {
    const { docs } = await findDue(payload, {}, 50)
    let taken = 0
    for (const mail of docs) {
      const run = await ifNoOneElse(payload, `mail:${mail.id}`, async () => {
        const [still] = (await findDue(payload, { id: { equals: mail.id } }, 1)).docs
        if (still) await deliverOne(payload, still)
      })
      if (run.held) taken += 1
    }
    // What is left is held by other runners; they send it.
    if (!taken) return
  }
}
