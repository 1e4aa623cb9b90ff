import type { QuestionKind } from './vocabulary'

/**
 * What a learner answered to one question, as it is stored and marked. Ids
 * are the question's own row ids (options, pairs, items), which editors'
 * changes keep, so an old answer still points at what it chose.
 */
export type QuestionResponse =
  | { kind: 'single'; choice: string }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'trueFalse'; value: 'true' | 'false' }
  /** Each pair's id (its left side) to the id of the pair whose right side was chosen. */
  | { kind: 'matching'; matches: Record<string, string> }
  /** Each item's id to the place (1, 2, …) the learner gave it. */
  | { kind: 'ordering'; places: Record<string, number> }
  | { kind: 'reflection'; text: string }

export type ResponseOf<K extends QuestionKind> = Extract<QuestionResponse, { kind: K }>

/**
 * The names of a question's form fields: `a.{question}` for its answer, and
 * `a.{question}.{row}` for the part about one pair or item. The same names
 * serve a lesson's one-question form and a quiz's many-question form.
 */
export const answerFieldName = (questionId: string, rowId?: string) => (rowId ? `a.${questionId}.${rowId}` : `a.${questionId}`)

/** The longest reflection kept: a few paragraphs. */
export const REFLECTION_MAX_LENGTH = 4000
