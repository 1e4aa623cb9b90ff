import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'

export type OutgoingMail = {
  to: string
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
  replyTo?: string
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? 'Strong Cities Hub <hub@localhost>'
}

/** Where development and test mail is written, one .eml file per message. */
export function mailDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MAIL_DIR ?? 'data/mail')
}

let smtp: Transporter | null = null

/**
 * Real delivery over SMTP when SMTP_URL is set; otherwise the complete message
 * is written as an .eml file, so development and tests see exactly what a
 * recipient would receive.
 */
export async function deliver(mail: OutgoingMail): Promise<string> {
  const message = { from: mailFrom(), to: mail.to, subject: mail.subject, html: mail.html, text: mail.text, headers: mail.headers, replyTo: mail.replyTo }
  if (process.env.SMTP_URL) {
    smtp ??= nodemailer.createTransport(process.env.SMTP_URL)
    const info = await smtp.sendMail(message)
    return info.messageId
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const info = await stream.sendMail(message)
  mkdirSync(mailDir(), { recursive: true })
  const file = path.join(mailDir(), `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`)
  writeFileSync(file, info.message as Buffer)
  return info.messageId
}
