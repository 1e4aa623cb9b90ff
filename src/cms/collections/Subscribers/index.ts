import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'

/** Newsletter subscribers. Double opt-in: nothing is sent to a pending address but the confirmation. */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  admin: { useAsTitle: 'email', group: 'Inbox', defaultColumns: ['email', 'status', 'locale', 'createdAt'] },
  access: { read: isStaff, create: () => false, update: isStaff, delete: isAdmin },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: ['pending', 'confirmed', 'unsubscribed'].map((v) => ({ value: v, label: v })),
    },
    { name: 'locale', type: 'text', required: true },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true },
    // The secret of the confirm and unsubscribe links: no API returns it.
    { name: 'token', type: 'text', required: true, unique: true, index: true, hidden: true },
    // When the last confirmation was mailed: another sign-up soon after sends none.
    { name: 'confirmationSentAt', type: 'date', admin: { readOnly: true } },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true } },
  ],
}
