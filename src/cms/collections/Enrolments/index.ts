import type { CollectionConfig } from 'payload'
import { isAdmin, isStaffOrOwnLearner, nobody } from '../../access'
import { learnerFields, siteWritten } from '../../fields/learner'
import { groups, l } from '../../labels'

/**
 * One learner taking one module: where they are and what they finished. A
 * visitor who is not signed in has one too, under a key kept in their
 * browser's cookie; signing in hands it to their account.
 */
export const Enrolments: CollectionConfig = {
  slug: 'enrolments',
  labels: { singular: l('Learner progress', 'Progression d’un apprenant', 'تقدّم متعلّم'), plural: l('Learner progress', 'Progression des apprenants', 'تقدّم المتعلّمين') },
  admin: { useAsTitle: 'title', group: groups.learning, defaultColumns: ['title', 'status', 'updatedAt'] },
  access: { read: isStaffOrOwnLearner, create: nobody, update: nobody, delete: isAdmin },
  indexes: [
    { fields: ['module', 'member'], unique: true },
    { fields: ['module', 'visitor'], unique: true },
  ],
  defaultSort: '-updatedAt',
  fields: [
    siteWritten({ name: 'title', label: l('Learner and module', 'Apprenant et module', 'المتعلّم والوحدة'), type: 'text' }),
    learnerFields.module,
    learnerFields.member,
    // The anonymous browser's key: never shown, and gone once the progress belongs to an account.
    { name: 'visitor', type: 'text', index: true, hidden: true, access: { create: nobody, update: nobody } },
    siteWritten({
      name: 'status',
      label: l('Status', 'Statut', 'الحالة'),
      type: 'select',
      required: true,
      defaultValue: 'inProgress',
      options: [
        { value: 'inProgress', label: l('In progress', 'En cours', 'قيد التقدّم') },
        { value: 'completed', label: l('Completed', 'Terminé', 'مكتمل') },
      ],
    }),
    siteWritten({ name: 'lessonsDone', label: l('Lessons finished', 'Leçons terminées', 'الدروس المنجزة'), type: 'json' }),
    siteWritten({ name: 'lastLesson', label: l('Last lesson opened', 'Dernière leçon ouverte', 'آخر درس فُتح'), type: 'text' }),
    siteWritten({ name: 'score', label: l('Best quiz score (%)', 'Meilleur score au quiz (%)', 'أفضل نتيجة في الاختبار (%)'), type: 'number' }),
    siteWritten({ name: 'completedAt', label: l('Completed on', 'Terminé le', 'تاريخ الإكمال'), type: 'date' }),
  ],
}
