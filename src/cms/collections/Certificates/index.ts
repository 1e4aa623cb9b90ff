import type { CollectionConfig } from 'payload'
import { locales } from '../../../content/locales'
import { isAdmin, isStaff, isStaffFieldLevel, isStaffOrOwnLearner, nobody } from '../../access'
import { learnerFields, siteWritten } from '../../fields/learner'
import { common, groups, l } from '../../labels'

/**
 * What a learner receives for passing a module. The name and title are kept
 * as they were on the day, so the certificate reads the same after an
 * account or a module is renamed. Anyone can check a code on the site; only
 * staff revoke, and the verification page, never cached, says so at once.
 */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: l('Certificate', 'Certificat', 'شهادة'), plural: l('Certificates', 'Certificats', 'الشهادات') },
  admin: { useAsTitle: 'code', group: groups.learning, defaultColumns: ['code', 'learnerName', 'moduleTitle', 'issuedAt', 'revoked'] },
  access: { read: isStaffOrOwnLearner, create: nobody, update: isStaff, delete: isAdmin },
  defaultSort: '-issuedAt',
  fields: [
    siteWritten({ name: 'code', label: l('Code', 'Code', 'الرمز'), type: 'text', required: true, unique: true, index: true }),
    siteWritten({ name: 'enrolment', label: l('Learner progress', 'Progression', 'التقدّم'), type: 'relationship', relationTo: 'enrolments', required: true, unique: true }),
    learnerFields.module,
    learnerFields.member,
    siteWritten({ name: 'learnerName', label: l('Learner’s name', 'Nom de l’apprenant', 'اسم المتعلّم'), type: 'text', required: true }),
    siteWritten({ name: 'moduleTitle', label: l('Module', 'Module', 'الوحدة'), type: 'text', required: true }),
    siteWritten({
      name: 'locale',
      label: common.locale,
      type: 'select',
      options: locales.map(({ code, label }) => ({ value: code, label: l(label, label, label) })),
      required: true,
    }),
    siteWritten({ name: 'score', label: l('Score (%)', 'Score (%)', 'النتيجة (%)'), type: 'number' }),
    siteWritten({ name: 'issuedAt', label: l('Issued on', 'Délivré le', 'تاريخ الإصدار'), type: 'date', required: true }),
    {
      name: 'revoked',
      label: l('Revoked', 'Révoqué', 'ملغاة'),
      type: 'checkbox',
      defaultValue: false,
      access: { create: nobody, update: isStaffFieldLevel },
      admin: {
        position: 'sidebar',
        description: l(
          'A revoked certificate is shown as no longer valid to anyone who checks its code.',
          'Un certificat révoqué est présenté comme non valide à quiconque vérifie son code.',
          'تظهر الشهادة الملغاة على أنها غير صالحة لكل من يتحقق من رمزها.',
        ),
      },
    },
    {
      name: 'revokedReason',
      label: l('Reason for revoking', 'Motif de la révocation', 'سبب الإلغاء'),
      type: 'textarea',
      maxLength: 1000,
      access: { create: nobody, update: isStaffFieldLevel },
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.revoked) },
    },
  ],
}
