/**
 * The words of training modules that the back office, the services and the
 * site all use: a module's level, and the kinds of question a knowledge
 * check or a final quiz is made of. Each kind is a block of its own in
 * /admin (src/cms/blocks/questions.ts), marked by src/services/training/mark-answer.ts.
 */
export const moduleLevels = ['introductory', 'intermediate', 'advanced'] as const
export type ModuleLevel = (typeof moduleLevels)[number]

export const questionKinds = ['single', 'multiple', 'trueFalse', 'matching', 'ordering', 'reflection'] as const
export type QuestionKind = (typeof questionKinds)[number]

/** A reflection has no right answer: it is kept for the learner and staff, and never scored. */
export const scoredQuestionKinds = questionKinds.filter((kind) => kind !== 'reflection')

export function isQuestionKind(value: string): value is QuestionKind {
  return (questionKinds as readonly string[]).includes(value)
}
