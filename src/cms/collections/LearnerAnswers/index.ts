import type { CollectionConfig } from 'payload'
import { questionKinds } from '../../../content/training/vocabulary'
import { questionKindLabels } from '../../blocks/questions'
import { isAdmin, isStaffOrOwnLearner, nobody } from '../../access'
import { learnerFields, siteWritten } from '../../fields/learner'
import { groups, l } from '../../labels'

/**
 * Every answer a learner gave, marked on the server. The question's wording
 * is kept with it, so an answer stays readable after editors change or remove
 * the question. Its key makes a replayed post (an offline phone sending
 * again) a no-op.
 */
export const LearnerAnswers: CollectionConfig = {
  slug: 'learner-answers',
  labels: { singular: l('Answer', 'Réponse', 'إجابة'), plural: l('Answers', 'Réponses', 'الإجابات') },
  admin: { useAsTitle: 'prompt', group: groups.learning, defaultColumns: ['prompt', 'member', 'score', 'createdAt'] },
  access: { read: isStaffOrOwnLearner, create: nobody, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    siteWritten({ name: 'enrolment', label: l('Learner progress', 'Progression', 'التقدّم'), type: 'relationship', relationTo: 'enrolments', required: true, index: true }),
    learnerFields.module,
    learnerFields.member,
    siteWritten({ name: 'attempt', label: l('Quiz attempt', 'Tentative au quiz', 'محاولة الاختبار'), type: 'relationship', relationTo: 'quiz-attempts', index: true }),
    siteWritten({ name: 'lesson', label: l('Lesson', 'Leçon', 'الدرس'), type: 'text' }),
    siteWritten({ name: 'question', label: l('Question id', 'Identifiant de la question', 'معرّف السؤال'), type: 'text', required: true, index: true }),
    siteWritten({
      name: 'kind',
      label: l('Kind of question', 'Type de question', 'نوع السؤال'),
      type: 'select',
      options: questionKinds.map((value) => ({ value, label: questionKindLabels[value] })),
      required: true,
    }),
    siteWritten({ name: 'prompt', label: l('Question', 'Question', 'السؤال'), type: 'textarea' }),
    siteWritten({ name: 'response', label: l('Answer given', 'Réponse donnée', 'الإجابة المقدَّمة'), type: 'json' }),
    siteWritten({ name: 'text', label: l('Written answer', 'Réponse rédigée', 'الإجابة المكتوبة'), type: 'textarea' }),
    siteWritten({
      name: 'score',
      label: l('Score (0 to 1)', 'Score (de 0 à 1)', 'النتيجة (من 0 إلى 1)'),
      type: 'number',
      admin: { description: l('Empty for a reflection, which is not marked.', 'Vide pour une réflexion, qui n’est pas notée.', 'فارغة للتأمّل، فهو لا يُقيَّم.') },
    }),
    { name: 'key', type: 'text', unique: true, index: true, hidden: true, access: { create: nobody, update: nobody } },
  ],
}
