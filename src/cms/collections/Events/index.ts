import type { CollectionConfig, DateField } from 'payload'
import { isStaff, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { publishHooks } from '../../hooks/publishChange'
import { eventTypeLabels, eventTypes } from './event-types'
import { common, groups, l, type Wording } from '../../labels'

// Stored in UTC with the organisers' zone beside it (<name>_tz), which the site and calendars use.
const zonedDate = (name: string, label: Wording, required = true): DateField => ({
  name,
  label,
  type: 'date',
  required,
  timezone: true,
  admin: { date: { pickerAppearance: 'dayAndTime' } },
})

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: l('Event', 'Événement', 'فعالية'), plural: l('Events', 'Événements', 'الفعاليات') },
  admin: { useAsTitle: 'title', group: groups.content, defaultColumns: ['title', 'type', 'startsAt', '_status'] },
  access: { read: isStaffOrPublished, create: isStaff, update: isStaff, delete: isStaff, readVersions: isStaff },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: publishHooks.afterChange,
    afterDelete: publishHooks.afterDelete,
  },
  defaultSort: '-startsAt',
  fields: [
    localizedText('title', common.title, 300),
    slugField('title'),
    { name: 'type', label: l('Type', 'Type', 'النوع'), type: 'select', required: true, options: eventTypes.map((t) => ({ value: t, label: eventTypeLabels[t] })) },
    { type: 'row', fields: [zonedDate('startsAt', common.startsAt), zonedDate('endsAt', common.endsAt)] },
    {
      type: 'row',
      fields: [
        { name: 'online', label: l('Online', 'En ligne', 'عبر الإنترنت'), type: 'checkbox', defaultValue: false },
        { name: 'venue', label: l('Venue', 'Lieu', 'المكان'), type: 'text', localized: true, maxLength: 300, admin: { condition: (_, sibling) => !sibling?.online } },
        { name: 'hostCity', label: l('Host city', 'Ville hôte', 'المدينة المضيفة'), type: 'relationship', relationTo: 'cities' },
      ],
    },
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'description', label: l('Description', 'Description', 'الوصف'), type: 'richText', localized: true },
    {
      name: 'agenda',
      label: l('Agenda', 'Programme', 'جدول الأعمال'),
      type: 'array',
      labels: { singular: l('Session', 'Séance', 'جلسة'), plural: l('Agenda', 'Programme', 'جدول الأعمال') },
      fields: [
        localizedText('title', common.title, 300),
        { type: 'row', fields: [zonedDate('startsAt', common.startsAt), zonedDate('endsAt', common.endsAt)] },
        { name: 'speakers', label: common.speakers, type: 'relationship', relationTo: 'people', hasMany: true },
      ],
    },
    { name: 'speakers', label: common.speakers, type: 'relationship', relationTo: 'people', hasMany: true },
    {
      type: 'collapsible',
      label: l('Related', 'Liens avec le reste du site', 'محتوى ذو صلة'),
      fields: [
        { name: 'regions', label: common.regions, type: 'relationship', relationTo: 'regions', hasMany: true },
        { name: 'cities', label: common.cities, type: 'relationship', relationTo: 'cities', hasMany: true },
        { name: 'resources', label: common.resources, type: 'relationship', relationTo: 'resources', hasMany: true },
        { name: 'youngCities', label: common.youngCities, type: 'checkbox', defaultValue: false },
      ],
    },
    {
      type: 'collapsible',
      label: l('After the event', 'Après l’événement', 'بعد الفعالية'),
      fields: [
        {
          name: 'recordings',
          label: l('Recordings', 'Enregistrements', 'التسجيلات'),
          labels: { singular: l('Recording', 'Enregistrement', 'تسجيل'), plural: l('Recordings', 'Enregistrements', 'التسجيلات') },
          type: 'array',
          fields: [localizedText('title', common.title, 300), urlField('url', { required: true })],
        },
        { name: 'outcomes', label: l('Outcome documents', 'Documents issus de l’événement', 'وثائق النتائج'), type: 'relationship', relationTo: 'resources', hasMany: true },
      ],
    },
  ],
}
