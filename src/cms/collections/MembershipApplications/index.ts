import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access'
import { actOnApplicationStatus } from '../../hooks/actOnApplicationStatus'

export const applicationStatuses = ['received', 'under-review', 'approved', 'declined'] as const

/** "Become a member city" applications: personal data, so network staff only. */
export const MembershipApplications: CollectionConfig = {
  slug: 'membership-applications',
  admin: { useAsTitle: 'cityName', group: 'Inbox', defaultColumns: ['cityName', 'country', 'status', 'createdAt'] },
  access: { read: isStaff, create: () => false, update: isStaff, delete: isAdmin },
  hooks: { afterChange: [actOnApplicationStatus] },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      options: applicationStatuses.map((v) => ({ value: v, label: v })),
      admin: { position: 'sidebar', description: 'The applicant is emailed at every change. Approving creates a draft city profile and invites the focal point.' },
    },
    { name: 'notes', type: 'textarea', admin: { position: 'sidebar', description: 'For staff; never sent.' } },
    { name: 'city', type: 'relationship', relationTo: 'cities', admin: { position: 'sidebar', readOnly: true } },
    { name: 'cityName', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'country', type: 'relationship', relationTo: 'countries', required: true, admin: { readOnly: true } },
    { name: 'population', type: 'number', admin: { readOnly: true } },
    {
      type: 'collapsible',
      label: 'People',
      fields: [
        { name: 'applicantName', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'applicantRole', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'applicantEmail', type: 'email', required: true, admin: { readOnly: true } },
        { name: 'applicantPhone', type: 'text', admin: { readOnly: true } },
        { name: 'leaderName', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'leaderRole', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'focalPointName', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'focalPointEmail', type: 'email', required: true, admin: { readOnly: true } },
      ],
    },
    { name: 'motivation', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'preventionWork', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'locale', type: 'text', required: true, admin: { readOnly: true } },
  ],
}
