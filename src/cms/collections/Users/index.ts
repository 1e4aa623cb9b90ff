import type { CollectionConfig } from 'payload'
import { canUseBackOffice, isAdmin, isAdminFieldLevel, isAdminOrSelf, nobody } from '../../access'
import { roles } from '../../access/roles'
import { deleteRegistrationsOf } from '../../hooks/deleteRegistrations'
import { refuseControlCharacters } from '../../hooks/refuseControlCharacters'
import { throttleSignIn } from '../../hooks/throttleSignIn'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles'], group: 'Administration' },
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
    { name: 'email', type: 'email', required: true, unique: true, index: true, access: { update: isAdminFieldLevel } },
    { name: '_verified', type: 'checkbox', access: { create: isAdminFieldLevel, update: isAdminFieldLevel } },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'organisation', type: 'text', maxLength: 200 },
    { name: 'city', type: 'text', maxLength: 120 },
    { name: 'locale', label: 'Language for emails', type: 'text', defaultValue: 'en', maxLength: 8 },
    {
      name: 'memberCity',
      label: 'Member city',
      type: 'relationship',
      relationTo: 'cities',
      admin: { description: 'The member city this person works for: their help-desk requests go to its regional hub team.' },
      // It opens the help desk, so the admins who manage accounts decide it.
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
    // A new address waits here, with its token, until the member confirms it from that inbox; only that flow writes them.
    { name: 'pendingEmail', type: 'email', admin: { readOnly: true }, access: { create: nobody, update: nobody } },
    { name: 'emailChangeToken', type: 'text', index: true, hidden: true, access: { create: nobody, update: nobody } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      options: roles.map((r) => ({ value: r, label: r })),
      saveToJWT: true,
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
    {
      name: 'assignedCities',
      type: 'relationship',
      relationTo: 'cities',
      hasMany: true,
      saveToJWT: true,
      admin: { description: 'City editors may edit only these cities.' },
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
  ],
}
