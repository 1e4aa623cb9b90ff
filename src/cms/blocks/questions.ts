import type { ArrayField, Block, Field } from 'payload'
import type { QuestionKind } from '../../content/training/vocabulary'
import { localizedText, requiredInDefaultLanguage } from '../fields/localized-text'
import { l, say, type Wording } from '../labels'

const prompt: Field = {
  name: 'prompt',
  label: l('Question', 'Question', 'السؤال'),
  type: 'textarea',
  localized: true,
  maxLength: 1000,
  validate: requiredInDefaultLanguage,
}

const feedback = (name: string, label: Wording): Field => ({
  name,
  label,
  type: 'textarea',
  localized: true,
  maxLength: 1000,
  admin: {
    description: l(
      'Shown once the learner has answered: why this is right or wrong.',
      'Affiché après la réponse : pourquoi c’est juste ou faux.',
      'يظهر بعد الإجابة: لماذا هذا صحيح أو خاطئ.',
    ),
  },
})

const optionFeedback = feedback('feedback', l('Feedback', 'Commentaire', 'التعليق'))

const oneCorrect = l('Mark exactly one option as correct.', 'Cochez exactement une option correcte.', 'حدّد خيارًا صحيحًا واحدًا فقط.')
const someCorrect = l('Mark at least one option as correct.', 'Cochez au moins une option correcte.', 'حدّد خيارًا صحيحًا واحدًا على الأقل.')

/** The answer options of a choice question; `rule` says how many may be correct. */
function options(rule: 'one' | 'some'): ArrayField {
  return {
    name: 'options',
    label: l('Options', 'Options', 'الخيارات'),
    labels: { singular: l('Option', 'Option', 'خيار'), plural: l('Options', 'Options', 'الخيارات') },
    type: 'array',
    minRows: 2,
    maxRows: 8,
    required: true,
    fields: [
      localizedText('text', l('Option', 'Option', 'الخيار'), 300),
      { name: 'correct', label: l('Correct', 'Correcte', 'صحيح'), type: 'checkbox', defaultValue: false },
      optionFeedback,
    ],
    validate: (rows: unknown, { req }: { req: { i18n?: { language?: string } } }) => {
      const correct = (Array.isArray(rows) ? rows : []).filter((row: { correct?: boolean }) => row?.correct).length
      if (rule === 'one') return correct === 1 ? true : say(oneCorrect, req)
      return correct >= 1 ? true : say(someCorrect, req)
    },
  }
}

/** The name of each kind of question, in the back office's languages. */
export const questionKindLabels: Record<QuestionKind, Wording> = {
  single: l('Single choice', 'Choix unique', 'اختيار واحد'),
  multiple: l('Multiple choice', 'Choix multiple', 'اختيار متعدد'),
  trueFalse: l('True or false', 'Vrai ou faux', 'صح أم خطأ'),
  matching: l('Matching pairs', 'Association de paires', 'مطابقة أزواج'),
  ordering: l('Ordering', 'Remise en ordre', 'ترتيب'),
  reflection: l('Reflection', 'Réflexion', 'تأمّل'),
}

const blockOf = (slug: QuestionKind, plural: Wording, fields: Field[]): Block => ({
  slug,
  labels: { singular: questionKindLabels[slug], plural },
  fields: [prompt, ...fields],
})

const single = blockOf('single', l('Single-choice questions', 'Questions à choix unique', 'أسئلة الاختيار الواحد'), [options('one')])

const multiple = blockOf('multiple', l('Multiple-choice questions', 'Questions à choix multiple', 'أسئلة الاختيار المتعدد'), [options('some')])

const trueFalse = blockOf('trueFalse', l('True-or-false questions', 'Questions vrai ou faux', 'أسئلة صح أم خطأ'), [
  // A checkbox, not a choice of 'true' and 'false': GraphQL cannot name enum values so.
  { name: 'isTrue', label: l('The statement is true', 'L’affirmation est vraie', 'العبارة صحيحة'), type: 'checkbox', defaultValue: false },
  feedback('feedbackTrue', l('Feedback for “true”', 'Commentaire pour « vrai »', 'التعليق على «صح»')),
  feedback('feedbackFalse', l('Feedback for “false”', 'Commentaire pour « faux »', 'التعليق على «خطأ»')),
])

const matching = blockOf('matching', l('Matching questions', 'Questions d’association', 'أسئلة المطابقة'), [
  {
    name: 'pairs',
    label: l('Pairs', 'Paires', 'الأزواج'),
    labels: { singular: l('Pair', 'Paire', 'زوج'), plural: l('Pairs', 'Paires', 'الأزواج') },
    type: 'array',
    minRows: 2,
    maxRows: 8,
    required: true,
    fields: [localizedText('left', l('Item', 'Élément', 'العنصر'), 300), localizedText('right', l('Its match', 'Son correspondant', 'ما يطابقه'), 300), optionFeedback],
  },
])

const ordering = blockOf('ordering', l('Ordering questions', 'Questions de remise en ordre', 'أسئلة الترتيب'), [
  {
    name: 'items',
    label: l('Items, in the right order', 'Éléments, dans le bon ordre', 'العناصر بالترتيب الصحيح'),
    labels: { singular: l('Item', 'Élément', 'عنصر'), plural: l('Items', 'Éléments', 'العناصر') },
    type: 'array',
    minRows: 2,
    maxRows: 8,
    required: true,
    fields: [localizedText('text', l('Item', 'Élément', 'العنصر'), 300), optionFeedback],
  },
])

const reflection = blockOf('reflection', l('Reflections', 'Réflexions', 'التأملات'), [
  feedback('guidance', l('What a good answer considers', 'Ce qu’une bonne réponse prend en compte', 'ما تراعيه الإجابة الجيدة')),
])

/** Questions with a right answer: a final quiz draws from these. */
export const scoredQuestionBlocks: Block[] = [single, multiple, trueFalse, matching, ordering]

/** Every kind of knowledge check a lesson can hold. */
export const questionBlocks: Block[] = [...scoredQuestionBlocks, reflection]
