import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'
import { publicOrigin } from '../../../config/public-url'
import { fillNewsletterIssue } from '../../hooks/fillNewsletterIssue'
import { queueNewsletterSending, takeSendRequests } from '../../hooks/queueNewsletterSending'
import { localizedText } from '../../fields/localized-text'

/**
 * The monthly digest. A new issue starts with what was published since the
 * last one; the editor previews it, sends a test to themselves, then sends it.
 */
export const NewsletterIssues: CollectionConfig = {
  slug: 'newsletter-issues',
  admin: {
    useAsTitle: 'title',
    group: 'Newsletter',
    defaultColumns: ['title', 'status', 'sentAt', 'recipients'],
    preview: (doc, { locale }) => `${publicOrigin()}/${locale ?? 'en'}/newsletter/preview/${doc.id}`,
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  hooks: { beforeChange: [fillNewsletterIssue, takeSendRequests], afterChange: [queueNewsletterSending] },
  fields: [
    localizedText('title', 200),
    { name: 'introduction', type: 'textarea', localized: true, maxLength: 3000 },
    {
      name: 'resources',
      type: 'relationship',
      relationTo: 'resources',
      hasMany: true,
      admin: { description: 'Filled with what was published since the last issue; edit freely.' },
    },
    { name: 'cities', type: 'relationship', relationTo: 'cities', hasMany: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      options: ['draft', 'sending', 'sent'].map((v) => ({ value: v, label: v })),
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'sendTest', label: 'Send a test to me when I save', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    {
      name: 'send',
      label: 'Send to every confirmed subscriber when I save',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', condition: (data) => data?.status === 'draft' || !data?.status },
    },
    { name: 'sentAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'recipients', type: 'number', admin: { position: 'sidebar', readOnly: true } },
  ],
}
