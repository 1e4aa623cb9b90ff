import type { CollectionConfig, DateField } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { publishHooks } from '../../hooks/publishChange'
import { eventTypeLabels, eventTypes } from './event-types'

// Stored in UTC with the organisers' zone beside it (<name>_tz), which the site and calendars use.
const zonedDate = (name: string, required = true): DateField => ({
  name,
  type: 'date',
  required,
  timezone: true,
  admin: { date: { pickerAppearance: 'dayAndTime' } },
})

export const Events: CollectionConfig = {
  slug: 'events',
  admin: { useAsTitle: 'title', group: 'Content', defaultColumns: ['title', 'type', 'startsAt', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: publishHooks.afterChange,
    afterDelete: publishHooks.afterDelete,
  },
  defaultSort: '-startsAt',
  fields: [
    localizedText('title', 300),
    slugField('title'),
    { name: 'type', type: 'select', required: true, options: eventTypes.map((t) => ({ value: t, label: eventTypeLabels[t] })) },
    { type: 'row', fields: [zonedDate('startsAt'), zonedDate('endsAt')] },
    {
      type: 'row',
      fields: [
        { name: 'online', type: 'checkbox', defaultValue: false },
        { name: 'venue', type: 'text', localized: true, maxLength: 300, admin: { condition: (_, sibling) => !sibling?.online } },
        { name: 'hostCity', type: 'relationship', relationTo: 'cities' },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'agenda',
      type: 'array',
      labels: { singular: 'Session', plural: 'Agenda' },
      fields: [
        localizedText('title', 300),
        { type: 'row', fields: [zonedDate('startsAt'), zonedDate('endsAt')] },
        { name: 'speakers', type: 'relationship', relationTo: 'people', hasMany: true },
      ],
    },
    { name: 'speakers', type: 'relationship', relationTo: 'people', hasMany: true },
    {
      type: 'collapsible',
      label: 'Related',
      fields: [
        { name: 'regions', type: 'relationship', relationTo: 'regions', hasMany: true },
        { name: 'cities', type: 'relationship', relationTo: 'cities', hasMany: true },
        { name: 'resources', type: 'relationship', relationTo: 'resources', hasMany: true },
        { name: 'youngCities', label: 'Young Cities programme', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      type: 'collapsible',
      label: 'After the event',
      fields: [
        { name: 'recordings', type: 'array', fields: [localizedText('title', 300), urlField('url', { required: true })] },
        { name: 'outcomes', label: 'Outcome documents', type: 'relationship', relationTo: 'resources', hasMany: true },
      ],
    },
  ],
}
