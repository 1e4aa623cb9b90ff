import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'
import { common, groups, l } from '../../labels'

/** Newsletter subscribers. Double opt-in: nothing is sent to a pending address but the confirmation. */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: l('Subscriber', 'Abonné', 'مشترك'), plural: l('Subscribers', 'Abonnés', 'المشتركون') },
  admin: { useAsTitle: 'email', group: groups.inbox, defaultColumns: ['email', 'status', 'locale', 'createdAt'] },
  access: { read: isStaff, create: () => false, update: isStaff, delete: isAdmin },
  fields: [
    { name: 'email', label: common.email, type: 'email', required: true, unique: true, index: true },
    {
      name: 'status',
      label: common.status,
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [
        { value: 'pending', label: l('Awaiting confirmation', 'En attente de confirmation', 'بانتظار التأكيد') },
        { value: 'confirmed', label: l('Confirmed', 'Confirmé', 'مؤكَّد') },
        { value: 'unsubscribed', label: l('Unsubscribed', 'Désabonné', 'ألغى الاشتراك') },
      ],
    },
    { name: 'locale', label: common.locale, type: 'text', required: true },
    { name: 'themes', label: common.themes, type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'regions', label: common.regions, type: 'relationship', relationTo: 'regions', hasMany: true },
    // The secret of the confirm and unsubscribe links: no API returns it.
    { name: 'token', type: 'text', required: true, unique: true, index: true, hidden: true },
    // When the last confirmation was mailed: another sign-up soon after sends none.
    { name: 'confirmationSentAt', label: l('Confirmation mailed', 'Confirmation envoyée le', 'أُرسل التأكيد في'), type: 'date', admin: { readOnly: true } },
    { name: 'confirmedAt', label: l('Confirmed on', 'Confirmé le', 'تاريخ التأكيد'), type: 'date', admin: { readOnly: true } },
    { name: 'unsubscribedAt', label: l('Unsubscribed on', 'Désabonné le', 'تاريخ إلغاء الاشتراك'), type: 'date', admin: { readOnly: true } },
  ],
}
