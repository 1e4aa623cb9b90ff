import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'

/**
 * One row per issue and subscriber, written before the mail is sent: the
 * record that lets a sending interrupted by a crash resume without sending
 * anyone the same issue twice.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  admin: { useAsTitle: 'email', group: 'Newsletter', defaultColumns: ['email', 'issue', 'status', 'sentAt'] },
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true },
    { name: 'subscriber', type: 'number', required: true, index: true },
    { name: 'email', type: 'text', required: true },
    { name: 'status', type: 'select', required: true, defaultValue: 'stored', index: true, options: ['stored', 'sent'].map((v) => ({ value: v, label: v })) },
    { name: 'sentAt', type: 'date' },
    // Fixed by the delivery itself, so a resend after a crash is the same mail to the transport.
    { name: 'messageId', type: 'text', admin: { readOnly: true } },
  ],
}
