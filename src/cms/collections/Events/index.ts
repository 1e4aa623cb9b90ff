import type { CollectionConfig, DateField } from 'payload'
import { isStaff, isStaffFieldLevel, isStaffOrPublished } from '../../access'
import { localizedText } from '../../fields/localized-text'
import { slugField } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { deleteRegistrationsOf } from '../../hooks/deleteRegistrations'
import { publishHooks } from '../../hooks/publishChange'
import { eventTypeLabels, eventTypes } from './event-types'
import { common, groups, l, say, type Wording } from '../../labels'
import { photoField } from '../../fields/photo'

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
    beforeDelete: [deleteRegistrationsOf('event')],
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
    // The link to join an online event: only for confirmed registrants, so no public channel may read it.
    urlField('joinUrl', {
      label: { en: 'Joining link', fr: 'Lien pour rejoindre', ar: 'رابط الانضمام' },
      access: { read: isStaffFieldLevel },
      admin: {
        condition: (_, sibling) => Boolean(sibling?.online),
        description: {
          en: 'Shown only to confirmed registrants: on their registration page and in their mails. Never on the public page, feeds or calendars.',
          fr: 'Visible uniquement des inscrits confirmés : sur leur page d’inscription et dans leurs e-mails. Jamais sur la page publique, les flux ou les calendriers.',
          ar: 'لا يظهر إلا للمسجَّلين المؤكَّدين: في صفحة تسجيلهم وفي رسائلهم. ولا يظهر أبدًا في الصفحة العامة أو الخلاصات أو التقاويم.',
        },
      },
    }),
    {
      name: 'registration',
      type: 'group',
      label: { en: 'Registration', fr: 'Inscription', ar: 'التسجيل' },
      admin: {
        description: {
          en: 'Signed-in members register on the event’s page. When it is full, new registrations join a waitlist. Past events never take registrations.',
          fr: 'Les membres connectés s’inscrivent depuis la page de l’événement. Une fois complet, les nouvelles inscriptions rejoignent une liste d’attente. Les événements passés n’acceptent plus d’inscriptions.',
          ar: 'يسجّل الأعضاء بعد تسجيل الدخول من صفحة الفعالية. وعند اكتمال العدد، تنضم التسجيلات الجديدة إلى قائمة انتظار. ولا تقبل الفعاليات المنتهية أي تسجيل.',
        },
      },
      fields: [
        { name: 'open', type: 'checkbox', defaultValue: false, label: { en: 'Open for registration', fr: 'Inscriptions ouvertes', ar: 'التسجيل مفتوح' } },
        {
          type: 'row',
          fields: [
            {
              name: 'capacity',
              type: 'number',
              // Replaces Payload's own min/max check, which lets fractions through.
              validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
                value == null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100_000)
                  ? true
                  : say(
                      l('Enter a whole number of places from 1 to 100,000.', 'Saisissez un nombre entier de places, de 1 à 100 000.', 'أدخل عددًا صحيحًا من المقاعد بين 1 و100000.'),
                      req,
                    ),
              label: { en: 'Places', fr: 'Places', ar: 'عدد المقاعد' },
              admin: { condition: (_, sibling) => Boolean(sibling?.open), description: { en: 'Empty: no limit.', fr: 'Vide : sans limite.', ar: 'فارغ: بلا حدّ.' } },
            },
            {
              name: 'closesAt',
              type: 'date',
              label: { en: 'Registration closes', fr: 'Clôture des inscriptions', ar: 'موعد إغلاق التسجيل' },
              admin: {
                condition: (_, sibling) => Boolean(sibling?.open),
                date: { pickerAppearance: 'dayAndTime' },
                description: { en: 'Empty: when the event starts.', fr: 'Vide : au début de l’événement.', ar: 'فارغ: عند بدء الفعالية.' },
              },
            },
          ],
        },
      ],
    },
    { name: 'summary', label: common.summary, type: 'textarea', localized: true, maxLength: 1000 },
    photoField,
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
