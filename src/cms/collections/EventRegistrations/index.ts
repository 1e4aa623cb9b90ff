import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff, nobody } from '../../access'
import { groups } from '../../labels'

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

const statusLabels: Record<RegistrationStatus, { en: string; fr: string; ar: string }> = {
  confirmed: { en: 'Confirmed', fr: 'Confirmée', ar: 'مؤكد' },
  waitlisted: { en: 'On the waitlist', fr: 'En liste d’attente', ar: 'على قائمة الانتظار' },
  cancelled: { en: 'Cancelled', fr: 'Annulée', ar: 'ملغى' },
}

/**
 * Who is coming to an event. Only the site writes these (src/services/events),
 * under a lock on the event, so the capacity holds; staff read them and export
 * an event's list as CSV. Names and addresses are personal data: staff only.
 * One row per member and event: cancelling and registering again reuses it.
 */
export const EventRegistrations: CollectionConfig = {
  slug: 'event-registrations',
  labels: {
    singular: { en: 'Event registration', fr: 'Inscription à un événement', ar: 'تسجيل في فعالية' },
    plural: { en: 'Event registrations', fr: 'Inscriptions aux événements', ar: 'التسجيلات في الفعاليات' },
  },
  admin: {
    useAsTitle: 'title',
    group: groups.content,
    defaultColumns: ['event', 'member', 'status', 'createdAt'],
    description: {
      en: 'Members register on the event’s page. To export one event’s list as CSV, open /en/events/{slug}/registrations.csv while signed in.',
      fr: 'Les membres s’inscrivent depuis la page de l’événement. Pour exporter la liste d’un événement en CSV, ouvrez /fr/events/{slug}/registrations.csv une fois connecté.',
      ar: 'يسجّل الأعضاء من صفحة الفعالية. لتصدير قائمة فعالية بصيغة CSV، افتح ‎/ar/events/{slug}/registrations.csv‎ بعد تسجيل الدخول.',
    },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['event', 'member'], unique: true }],
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Registration', fr: 'Inscription', ar: 'التسجيل' },
      admin: { readOnly: true },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: { en: 'Event', fr: 'Événement', ar: 'الفعالية' },
      admin: { readOnly: true },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { en: 'Member', fr: 'Membre', ar: 'العضو' },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: registrationStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: { en: 'Status', fr: 'Statut', ar: 'الحالة' },
      admin: { readOnly: true },
    },
    {
      // When they last registered: the waitlist is served in this order, and a cancel link names this registration.
      name: 'registeredAt',
      type: 'date',
      required: true,
      index: true,
      label: { en: 'Registered at', fr: 'Inscrit le', ar: 'تاريخ التسجيل' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'locale',
      type: 'text',
      maxLength: 8,
      label: { en: 'Language for emails', fr: 'Langue des e-mails', ar: 'لغة الرسائل' },
      admin: { readOnly: true },
    },
  ],
}
