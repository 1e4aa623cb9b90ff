import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'
import { common, groups, l } from '../../labels'

export const contactTopics = ['general', 'press', 'membership', 'support'] as const
export type ContactTopic = (typeof contactTopics)[number]

/** How the back office names each topic (Site settings names their inboxes with them too). */
export const contactTopicLabels = {
  general: l('General', 'Général', 'عام'),
  press: l('Press', 'Presse', 'الصحافة'),
  membership: l('Membership', 'Adhésion', 'العضوية'),
  support: l('Support', 'Assistance', 'الدعم'),
} satisfies Record<ContactTopic, unknown>

const messageStatusLabels = {
  new: l('New', 'Nouveau', 'جديدة'),
  'in-progress': l('In progress', 'En cours', 'قيد المعالجة'),
  closed: l('Closed', 'Clos', 'مغلقة'),
}

/** Messages sent through the contact form: personal data, so network staff only. */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  labels: { singular: l('Contact message', 'Message de contact', 'رسالة تواصل'), plural: l('Contact messages', 'Messages de contact', 'رسائل التواصل') },
  admin: { useAsTitle: 'subjectLine', group: groups.inbox, defaultColumns: ['subjectLine', 'topic', 'status', 'createdAt'] },
  access: { read: isStaff, create: () => false, update: isStaff, delete: isAdmin },
  fields: [
    { name: 'subjectLine', label: l('Subject', 'Objet', 'الموضوع'), type: 'text', admin: { readOnly: true } },
    {
      name: 'topic',
      label: l('Topic', 'Thème du message', 'نوع الرسالة'),
      type: 'select',
      required: true,
      options: contactTopics.map((v) => ({ value: v, label: contactTopicLabels[v] })),
    },
    {
      name: 'status',
      label: common.status,
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: (['new', 'in-progress', 'closed'] as const).map((v) => ({ value: v, label: messageStatusLabels[v] })),
    },
    { name: 'name', label: common.name, type: 'text', required: true, admin: { readOnly: true } },
    { name: 'email', label: common.email, type: 'email', required: true, admin: { readOnly: true } },
    { name: 'organisation', label: l('Organisation', 'Organisation', 'الجهة'), type: 'text', admin: { readOnly: true } },
    { name: 'message', label: l('Message', 'Message', 'الرسالة'), type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'locale', label: common.locale, type: 'text', admin: { readOnly: true } },
    {
      name: 'routedTo',
      label: l('Sent to', 'Transmis à', 'أُرسلت إلى'),
      type: 'text',
      admin: {
        readOnly: true,
        description: l('The staff inbox this message was sent to.', 'La boîte de l’équipe à laquelle ce message a été transmis.', 'صندوق بريد الفريق الذي أُرسلت إليه هذه الرسالة.'),
      },
    },
    { name: 'notes', label: common.notes, type: 'textarea' },
    // Stored but its two mails not yet queued: set until they are, so a crash in between is finished on the next start.
    { name: 'mailPending', type: 'checkbox', defaultValue: false, index: true, admin: { hidden: true } },
  ],
}
