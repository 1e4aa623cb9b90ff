import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'

/** Every message the hub sends, stored before delivery; in development, the list of mail written to data/mail. */
export const OutgoingMail: CollectionConfig = {
  slug: 'outgoing-mail',
  admin: { useAsTitle: 'subject', group: 'Administration', defaultColumns: ['subject', 'to', 'status', 'createdAt'] },
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'retrying', 'sent'].map((v) => ({ value: v, label: v })),
    },
    { name: 'text', type: 'textarea', admin: { readOnly: true } },
    { name: 'html', type: 'code', admin: { readOnly: true, language: 'html' } },
    { name: 'headers', type: 'json', admin: { readOnly: true } },
    { name: 'replyTo', type: 'text' },
    { name: 'messageId', type: 'text' },
    { name: 'sentAt', type: 'date' },
    { name: 'lastError', type: 'text' },
  ],
}
