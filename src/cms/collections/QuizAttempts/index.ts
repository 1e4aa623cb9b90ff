import type { CollectionConfig } from 'payload'
import { isAdmin, isStaffOrOwnLearner, nobody } from '../../access'
import { learnerFields, siteWritten } from '../../fields/learner'
import { groups, l } from '../../labels'

/**
 * One try at a module's final quiz, with the questions drawn for it. Its key
 * (progress and number) is unique, so two posts racing to start the same try
 * make one, and the module's limit on attempts holds on every instance.
 */
export const QuizAttempts: CollectionConfig = {
  slug: 'quiz-attempts',
  labels: { singular: l('Quiz attempt', 'Tentative au quiz', 'محاولة اختبار'), plural: l('Quiz attempts', 'Tentatives au quiz', 'محاولات الاختبار') },
  admin: { useAsTitle: 'key', group: groups.learning, defaultColumns: ['key', 'member', 'score', 'passed', 'submittedAt'] },
  access: { read: isStaffOrOwnLearner, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    siteWritten({ name: 'enrolment', label: l('Learner progress', 'Progression', 'التقدّم'), type: 'relationship', relationTo: 'enrolments', required: true, index: true }),
    learnerFields.module,
    learnerFields.member,
    siteWritten({ name: 'number', label: l('Attempt', 'Tentative', 'المحاولة'), type: 'number', required: true }),
    {
      name: 'key',
      label: l('Reference', 'Référence', 'المرجع'),
      type: 'text',
      required: true,
      unique: true,
      access: { create: nobody, update: nobody },
      admin: { readOnly: true },
    },
    siteWritten({ name: 'questions', label: l('Questions drawn', 'Questions tirées', 'الأسئلة المسحوبة'), type: 'json' }),
    siteWritten({
      name: 'status',
      label: l('Status', 'Statut', 'الحالة'),
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: [
        { value: 'open', label: l('Open', 'En cours', 'جارية') },
        { value: 'submitted', label: l('Submitted', 'Remise', 'مُسلَّمة') },
      ],
    }),
    siteWritten({ name: 'score', label: l('Score (%)', 'Score (%)', 'النتيجة (%)'), type: 'number' }),
    siteWritten({ name: 'passed', label: l('Passed', 'Réussie', 'ناجحة'), type: 'checkbox' }),
    siteWritten({ name: 'submittedAt', label: l('Submitted on', 'Remise le', 'تاريخ التسليم'), type: 'date' }),
  ],
}
