import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type ParsedMail, simpleParser } from 'mailparser'

/** A fresh folder for the .eml files the hub writes when no SMTP server is configured. */
export function useTempMailbox(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sch-mail-'))
  process.env.MAIL_DIR = dir
  return dir
}

/** Every message written so far, parsed as a mail client would. */
export async function readMailbox(dir: string): Promise<ParsedMail[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
  return Promise.all(files.map((f) => simpleParser(readFileSync(path.join(dir, f)))))
}

export const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address) ?? [])
