import type { CollectionConfig } from 'payload'
import { defaultLocale, locales } from '../../../content/locales'
import { canUseBackOffice, isAdmin, isAdminFieldLevel, isAdminOrSelf, nobody } from '../../access'
import { roles } from '../../access/roles'
import { deleteRegistrationsOf } from '../../hooks/deleteRegistrations'
import { refuseControlCharacters } from '../../hooks/refuseControlCharacters'
import { throttleSignIn } from '../../hooks/throttleSignIn'
import { common, groups, l } from '../../labels'

const roleLabels = {
  admin: l('Admin', 'Administrateur', 'مسؤول'),
  editor: l('Editor', 'Éditeur', 'محرر'),
  'city-editor': l('City editor', 'Éditeur de ville', 'محرر مدينة'),
  member: l('Member', 'Membre', 'عضو'),
} satisfies Record<(typeof roles)[number], unknown>

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: l('User', 'Utilisateur', 'مستخدم'), plural: l('Users', 'Utilisateurs', 'المستخدمون') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: groups.administration },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.SECURE_COOKIES === 'true' },
    // Members confirm their address by a link the site sends itself, in their language.
    verify: true,
  },
  access: {
    admin: canUseBackOffice,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload's default lets any signed-in user unlock any account, which would void the lock-out.
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [refuseControlCharacters, throttleSignIn], beforeDelete: [deleteRegistrationsOf('member')] },
  fields: [
    // A member's address changes only through the site's email-change flow, which confirms the new inbox first.
    { name: 'email', label: common.email, type: 'email', required: true, unique: true, index: true, access: { update: isAdminFieldLevel } },
    { name: '_verified', label: l('Address confirmed', 'Adresse confirmée', 'العنوان مؤكَّد'), type: 'checkbox', access: { create: isAdminFieldLevel, update: isAdminFieldLevel } },
    { name: 'name', label: common.name, type: 'text', required: true, maxLength: 120 },
    { name: 'organisation', label: l('Organisation', 'Organisation', 'الجهة'), type: 'text', maxLength: 200 },
    { name: 'city', label: common.city, type: 'text', maxLength: 120 },
    {
      name: 'locale',
      label: l('Language for emails', 'Langue des e-mails', 'لغة الرسائل الإلكترونية'),
      type: 'select',
      defaultValue: defaultLocale,
      // Each language by its own name, as the site's language switcher shows it.
      options: locales.map(({ code, label }) => ({ value: code, label: l(label, label, label) })),
    },
    {
      name: 'memberCity',
      label: l('Member city', 'Ville membre', 'المدينة العضو'),
      type: 'relationship',
      relationTo: 'cities',
      admin: {
        description: l(
          'The member city this person works for: their help-desk requests go to its regional hub team.',
          'La ville membre pour laquelle travaille cette personne : ses demandes d’assistance vont à l’équipe de son pôle régional.',
          'المدينة العضو التي يعمل لديها هذا الشخص: تذهب طلبات الدعم منه إلى فريق مركزها الإقليمي.',
        ),
      },
      // It opens the help desk, so the admins who manage accounts decide it.
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
    // A new address waits here, with its token, until the member confirms it from that inbox; only that flow writes them.
    {
      name: 'pendingEmail',
      label: l('New address awaiting confirmation', 'Nouvelle adresse en attente de confirmation', 'عنوان جديد بانتظار التأكيد'),
      type: 'email',
      admin: { readOnly: true },
      access: { create: nobody, update: nobody },
    },
    { name: 'emailChangeToken', type: 'text', index: true, hidden: true, access: { create: nobody, update: nobody } },
    {
      name: 'roles',
      label: l('Roles', 'Rôles', 'الأدوار'),
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      options: roles.map((r) => ({ value: r, label: roleLabels[r] })),
      saveToJWT: true,
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
    {
      name: 'assignedCities',
      label: l('Assigned cities', 'Villes attribuées', 'المدن المسندة'),
      type: 'relationship',
      relationTo: 'cities',
      hasMany: true,
      saveToJWT: true,
      admin: {
        description: l('City editors may edit only these cities.', 'Les éditeurs de ville ne peuvent modifier que ces villes.', 'لا يمكن لمحرري المدن تعديل سوى هذه المدن.'),
      },
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
  ],
}
