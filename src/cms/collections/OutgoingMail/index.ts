import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access'

/**
 * Every message the hub sends, stored before delivery: the queue the mail
 * runner works from (src/services/mail/deliver-queued-mail.ts). Link tokens
 * appear as placeholders; the real ones are sealed in `secrets`, which no API
 * returns, and erased once sent. Addresses and messages are personal data, so admins only.
 */
export const OutgoingMail: CollectionConfig = {
  slug: 'outgoing-mail',
  admin: { useAsTitle: 'subject', group: 'Administration', defaultColumns: ['subject', 'to', 'status', 'createdAt'] },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: ['queued', 'sending', 'retrying', 'sent', 'failed'].map((v) => ({ value: v, label: v })),
    },
    { name: 'text', type: 'textarea', admin: { readOnly: true } },
    { name: 'html', type: 'code', admin: { readOnly: true, language: 'html' } },
    { name: 'headers', type: 'json', admin: { readOnly: true } },
    { name: 'replyTo', type: 'text' },
    // Small files sent with the message, e.g. an event's .ics: [{ filename, contentType, content }].
    { name: 'attachments', type: 'json', label: { en: 'Attachments', fr: 'Pièces jointes', ar: 'المرفقات' }, admin: { readOnly: true } },
    { name: 'secrets', type: 'text', hidden: true },
    // Set when a piece of work must produce this mail at most once (src/services/mail/queue-mail.ts).
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'nextAttemptAt', type: 'date', admin: { readOnly: true } },
    { name: 'leaseUntil', type: 'date', admin: { hidden: true } },
    { name: 'messageId', type: 'text' },
    { name: 'sentAt', type: 'date' },
    { name: 'lastError', type: 'text' },
  ],
}
