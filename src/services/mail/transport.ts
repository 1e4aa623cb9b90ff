import { randomUUID } from 'node:crypto'
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'

/** A small text file sent with a mail, such as an event's .ics. */
export type MailAttachment = { filename: string; contentType: string; content: string }

export type OutgoingMail = {
  to: string
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
  replyTo?: string
  attachments?: MailAttachment[]
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? 'Strong Cities Hub <hub@localhost>'
}

/** Where development and test mail is written, one .eml file per message. */
export function mailDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MAIL_DIR ?? 'data/mail')
}

/**
 * The Message-ID of one mail, fixed by what it is (its kind, its record and
 * when that was created), so a resend after a crash carries the same one.
 * It starts with the creation time, so .eml files sort in the order mail was written.
 */
export function messageIdFor(kind: string, id: number | string, createdAt: string): string {
  const at = new Date(createdAt).toISOString().replace(/[-:.]/g, '')
  const domain = mailFrom().replace(/^.*@|>.*$/g, '')
  return `<${at}.${kind}-${id}@${domain}>`
}

/** The .eml file a Message-ID is written to, when there is no SMTP server. */
export function mailFile(messageId: string): string {
  return path.join(mailDir(), `${messageId.replace(/^<|>$/g, '').replace(/[^\w.@-]/g, '_')}.eml`)
}

let smtp: Transporter | null = null

/**
 * Real delivery over SMTP when SMTP_URL is set; otherwise the complete message
 * is written as an .eml file, so development and tests see exactly what a
 * recipient would receive.
 *
 * Handing one Message-ID over twice delivers it once: the .eml file is named
 * after it and appears whole or not at all (written aside, then linked, which
 * fails if it exists). SMTP cannot be asked what it already accepted; there a
 * resend carries the same Message-ID, by which receiving servers de-duplicate.
 */
export async function deliver(mail: OutgoingMail, messageId: string): Promise<void> {
  const message = {
    from: mailFrom(),
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: mail.headers,
    replyTo: mail.replyTo,
    attachments: mail.attachments,
    messageId,
  }
  if (process.env.SMTP_URL) {
    // Bounded, so one send never outlasts the queue's lease (src/services/mail/deliver-queued-mail.ts).
    smtp ??= nodemailer.createTransport({ url: process.env.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 })
    await smtp.sendMail(message)
    return
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const info = await stream.sendMail(message)
  mkdirSync(mailDir(), { recursive: true })
  const file = mailFile(messageId)
  const draft = path.join(mailDir(), `.${randomUUID()}.part`)
  writeFileSync(draft, info.message as Buffer)
  try {
    linkSync(draft, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    rmSync(draft, { force: true })
  }
}
