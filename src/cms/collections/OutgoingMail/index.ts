import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access'
import { common, groups, l } from '../../labels'

const statusLabels = {
  queued: l('Queued', 'En attente', 'في الانتظار'),
  sending: l('Sending', 'En cours d’envoi', 'قيد الإرسال'),
  retrying: l('Retrying', 'Nouvel essai prévu', 'إعادة المحاولة'),
  sent: l('Sent', 'Envoyé', 'أُرسل'),
  failed: l('Failed', 'Échec', 'فشل'),
}

/**
 * Every message the hub sends, stored before delivery: the queue the mail
 * runner works from (src/services/mail/deliver-queued-mail.ts). Link tokens
 * appear as placeholders; the real ones are sealed in `secrets`, which no API
 * returns, and erased once sent. Addresses and messages are personal data, so admins only.
 */
export const OutgoingMail: CollectionConfig = {
  slug: 'outgoing-mail',
  labels: { singular: l('Outgoing message', 'Message sortant', 'رسالة صادرة'), plural: l('Outgoing mail', 'Courrier sortant', 'البريد الصادر') },
  admin: { useAsTitle: 'subject', group: groups.administration, defaultColumns: ['subject', 'to', 'status', 'createdAt'] },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'to', label: l('To', 'Destinataire', 'إلى'), type: 'text', required: true },
    { name: 'subject', label: l('Subject', 'Objet', 'الموضوع'), type: 'text', required: true },
    {
      name: 'status',
      label: common.status,
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: (['queued', 'sending', 'retrying', 'sent', 'failed'] as const).map((v) => ({ value: v, label: statusLabels[v] })),
    },
    { name: 'text', label: l('Plain text', 'Texte brut', 'النص العادي'), type: 'textarea', admin: { readOnly: true } },
    { name: 'html', label: l('HTML', 'HTML', 'HTML'), type: 'code', admin: { readOnly: true, language: 'html' } },
    { name: 'headers', label: l('Headers', 'En-têtes', 'الترويسات'), type: 'json', admin: { readOnly: true } },
    { name: 'replyTo', label: l('Reply to', 'Répondre à', 'الرد إلى'), type: 'text' },
    // Small files sent with the message, e.g. an event's .ics: [{ filename, contentType, content }].
    { name: 'attachments', type: 'json', label: { en: 'Attachments', fr: 'Pièces jointes', ar: 'المرفقات' }, admin: { readOnly: true } },
    { name: 'secrets', type: 'text', hidden: true },
    // Set when a piece of work must produce this mail at most once (src/services/mail/queue-mail.ts).
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
    { name: 'attempts', label: l('Attempts', 'Tentatives', 'المحاولات'), type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'nextAttemptAt', label: l('Next attempt', 'Prochaine tentative', 'المحاولة التالية'), type: 'date', admin: { readOnly: true } },
    { name: 'leaseUntil', type: 'date', admin: { hidden: true } },
    { name: 'messageId', label: common.messageId, type: 'text' },
    { name: 'sentAt', label: common.sentAt, type: 'date' },
    { name: 'lastError', label: l('Last error', 'Dernière erreur', 'آخر خطأ'), type: 'text' },
  ],
}
