import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'
import { publicOrigin } from '../../../config/public-url'
import { fillNewsletterIssue } from '../../hooks/fillNewsletterIssue'
import { queueNewsletterSending, takeSendRequests } from '../../hooks/queueNewsletterSending'
import { localizedText } from '../../fields/localized-text'
import { common, groups, l } from '../../labels'

/**
 * The monthly digest. A new issue starts with what was published since the
 * last one; the editor previews it, sends a test to themselves, then sends it.
 */
export const NewsletterIssues: CollectionConfig = {
  slug: 'newsletter-issues',
  labels: { singular: l('Newsletter issue', 'Numéro de la lettre', 'عدد النشرة'), plural: l('Newsletter issues', 'Numéros de la lettre', 'أعداد النشرة') },
  admin: {
    useAsTitle: 'title',
    group: groups.newsletter,
    defaultColumns: ['title', 'status', 'sentAt', 'recipients'],
    preview: (doc, { locale }) => `${publicOrigin()}/${locale ?? 'en'}/newsletter/preview/${doc.id}`,
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  hooks: { beforeChange: [fillNewsletterIssue, takeSendRequests], afterChange: [queueNewsletterSending] },
  fields: [
    localizedText('title', common.title, 200),
    { name: 'introduction', label: l('Introduction', 'Introduction', 'المقدمة'), type: 'textarea', localized: true, maxLength: 3000 },
    {
      name: 'resources',
      label: common.resources,
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      admin: {
        description: l(
          'Filled with what was published since the last issue; edit freely.',
          'Rempli avec ce qui a été publié depuis le dernier numéro ; modifiez-le librement.',
          'يُملأ بما نُشر منذ العدد السابق؛ عدّله كما تشاء.',
        ),
      },
    },
    { name: 'cities', label: common.cities, type: 'relationship', relationTo: 'cities', hasMany: true },
    {
      name: 'status',
      label: common.status,
      type: 'select',
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: l('Draft', 'Brouillon', 'مسودة') },
        { value: 'sending', label: l('Sending', 'En cours d’envoi', 'قيد الإرسال') },
        { value: 'sent', label: l('Sent', 'Envoyé', 'أُرسل') },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'sendTest',
      label: l('Send a test to me when I save', 'M’envoyer un test à l’enregistrement', 'أرسل نسخة تجريبية إليّ عند الحفظ'),
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'send',
      label: l('Send to every confirmed subscriber when I save', 'Envoyer à tous les abonnés confirmés à l’enregistrement', 'أرسل إلى جميع المشتركين المؤكَّدين عند الحفظ'),
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', condition: (data) => data?.status === 'draft' || !data?.status },
    },
    { name: 'sentAt', label: common.sentAt, type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'recipients', label: l('Recipients', 'Destinataires', 'المستلمون'), type: 'number', admin: { position: 'sidebar', readOnly: true } },
  ],
}
