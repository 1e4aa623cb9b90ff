import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { payloadSecret } from '../../cms/secret'
import type { OutgoingMail } from './transport'

/**
 * The one rule for secrets in stored mail: the `token` parameter of a link
 * (reset, verify, email change, newsletter confirm and unsubscribe,
 * invitation) is a secret. Stored mail shows a placeholder instead; the
 * tokens themselves are kept only encrypted, bound to the recipient, and put
 * back just before the transport gets the message.
 */
const TOKEN = /([?&](?:amp;)?token=)([A-Za-z0-9_-]+)/g
const PLACEHOLDER = /([?&](?:amp;)?token=)\[redacted-(\d+)\]/g

const key = () => Buffer.from(hkdfSync('sha256', payloadSecret(), '', 'outgoing-mail-secrets', 32))

function seal(secrets: string[], recipient: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv).setAAD(Buffer.from(recipient))
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets)), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.')
}

function unseal(sealed: string, recipient: string): string[] {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
  const decipher = createDecipheriv('aes-256-gcm', key(), iv).setAAD(Buffer.from(recipient)).setAuthTag(tag)
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString()) as string[]
}

const mapParts = (mail: OutgoingMail, change: (part: string) => string): OutgoingMail => ({
  ...mail,
  html: change(mail.html),
  text: change(mail.text),
  headers: mail.headers && Object.fromEntries(Object.entries(mail.headers).map(([name, value]) => [name, change(value)])),
})

/** The mail as it may be stored, and its secrets sealed (null when it has none). */
export function redactSecrets(mail: OutgoingMail): { redacted: OutgoingMail; sealed: string | null } {
  const secrets: string[] = []
  const redacted = mapParts(mail, (part) =>
    part.replace(TOKEN, (_, prefix: string, token: string) => {
      if (!secrets.includes(token)) secrets.push(token)
      return `${prefix}[redacted-${secrets.indexOf(token) + 1}]`
    }),
  )
  return { redacted, sealed: secrets.length ? seal(secrets, mail.to) : null }
}

/** The mail as the recipient must get it, working links and all. */
export function restoreSecrets(mail: OutgoingMail, sealed: string | null | undefined): OutgoingMail {
  if (!sealed) return mail
  const secrets = unseal(sealed, mail.to)
  return mapParts(mail, (part) => part.replace(PLACEHOLDER, (whole, prefix: string, n: string) => (secrets[Number(n) - 1] ? prefix + secrets[Number(n) - 1] : whole)))
}
