import type { Payload, PayloadRequest } from 'payload'
import { redactSecrets } from './secrets'

/**
 * For the migration that introduced redaction: mail stored before it holds
 * live link tokens. Sent mail loses them; unsent mail keeps them sealed, as
 * queueMail stores them now.
 */
export async function redactStoredMail(payload: Payload, req: PayloadRequest): Promise<void> {
  // Only the columns that existed when this ran: a migration must not read what later ones add.
  const select = { to: true, subject: true, html: true, text: true, headers: true, status: true } as const
  const { docs } = await payload.find({ collection: 'outgoing-mail', pagination: false, depth: 0, overrideAccess: true, req, select })
  for (const mail of docs) {
    const stored = { to: mail.to, subject: mail.subject, html: mail.html ?? '', text: mail.text ?? '', headers: (mail.headers as Record<string, string>) ?? {} }
    const { redacted, sealed } = redactSecrets(stored)
    if (!sealed) continue
    const secrets = mail.status === 'sent' ? null : sealed
    await payload.update({
      collection: 'outgoing-mail',
      id: mail.id,
      data: { html: redacted.html, text: redacted.text, headers: redacted.headers, secrets },
      overrideAccess: true,
      req,
      select,
    })
  }
}
