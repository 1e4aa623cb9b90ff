import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'
import { common, groups, l } from '../../labels'

/**
 * One row per issue and subscriber, written before the mail is sent: the
 * record that lets a sending interrupted by a crash resume without sending
 * anyone the same issue twice.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  labels: { singular: l('Newsletter delivery', 'Envoi de la lettre', 'إرسال النشرة'), plural: l('Newsletter deliveries', 'Envois de la lettre', 'عمليات إرسال النشرة') },
  admin: { useAsTitle: 'email', group: groups.newsletter, defaultColumns: ['email', 'issue', 'status', 'sentAt'] },
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'issue', label: l('Issue', 'Numéro', 'العدد'), type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true },
    { name: 'subscriber', label: l('Subscriber (id)', 'Abonné (id)', 'المشترك (المعرّف)'), type: 'number', required: true, index: true },
    { name: 'email', label: common.email, type: 'text', required: true },
    {
      name: 'status',
      label: common.status,
      type: 'select',
      required: true,
      defaultValue: 'stored',
      index: true,
      options: [
        { value: 'stored', label: l('Recorded', 'Enregistré', 'مسجَّل') },
        { value: 'sent', label: l('Sent', 'Envoyé', 'أُرسل') },
      ],
    },
    { name: 'sentAt', label: common.sentAt, type: 'date' },
    // Fixed by the delivery itself, so a resend after a crash is the same mail to the transport.
    { name: 'messageId', label: common.messageId, type: 'text', admin: { readOnly: true } },
  ],
}
