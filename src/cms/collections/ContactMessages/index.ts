import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'

export const contactTopics = ['general', 'press', 'membership', 'support'] as const
export type ContactTopic = (typeof contactTopics)[number]

/** Messages sent through the contact form: personal data, so network staff only. */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  admin: { useAsTitle: 'subjectLine', group: 'Inbox', defaultColumns: ['subjectLine', 'topic', 'status', 'createdAt'] },
  access: { read: isStaff, create: () => false, update: isStaff, delete: isAdmin },
  fields: [
    { name: 'subjectLine', type: 'text', admin: { readOnly: true } },
    { name: 'topic', type: 'select', required: true, options: contactTopics.map((v) => ({ value: v, label: v })) },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: ['new', 'in-progress', 'closed'].map((v) => ({ value: v, label: v })),
    },
    { name: 'name', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'email', type: 'email', required: true, admin: { readOnly: true } },
    { name: 'organisation', type: 'text', admin: { readOnly: true } },
    { name: 'message', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'locale', type: 'text', admin: { readOnly: true } },
    { name: 'routedTo', type: 'text', admin: { readOnly: true, description: 'The staff inbox this message was sent to.' } },
    { name: 'notes', type: 'textarea' },
    // Stored but its two mails not yet queued: set until they are, so a crash in between is finished on the next start.
    { name: 'mailPending', type: 'checkbox', defaultValue: false, index: true, admin: { hidden: true } },
  ],
}
