import { createHash } from 'node:crypto'
import type { QuestionResponse } from '../../content/training/answers'
import type { Locale } from '../../content/locales'
import { markAnswer } from './mark-answer'
import type { PickText } from './in-language'
import type { QuestionBlock } from './question-types'
import type { QuestionView } from './types'

const rank = (questionId: string, rowId: string) => createHash('sha1').update(`${questionId}:${rowId}`).digest('hex')

/**
 * The items of an ordering question in an order that is not the answer: the
 * same order on every visit (so a page reloaded or cached reads the same),
 * rotated by one if the hash happened to keep the right order.
 */
export function scrambled<T extends { id?: string | null }>(questionId: string, items: T[]): T[] {
  const order = [...items].sort((a, b) => rank(questionId, a.id ?? '').localeCompare(rank(questionId, b.id ?? '')))
  return order.every((item, i) => item === items[i]) && items.length > 1 ? [...order.slice(1), order[0]] : order
}

/** A question as a learner sees it, with their last answer marked if they gave one. */
export function toQuestionView(question: QuestionBlock, pick: PickText, locale: Locale, response: QuestionResponse | null): QuestionView {
  const id = question.id ?? ''
  const row = (r: { id?: string | null; text?: string | null }) => ({ id: r.id ?? '', text: pick(r, 'text') })
  const rows =
    question.blockType === 'single' || question.blockType === 'multiple'
      ? question.options.map(row)
      : question.blockType === 'matching'
        ? question.pairs.map((p) => ({ id: p.id ?? '', text: pick(p, 'left') }))
        : question.blockType === 'ordering'
          ? scrambled(id, question.items).map(row)
          : []
  const choices = question.blockType === 'matching' ? question.pairs.map((p) => ({ id: p.id ?? '', text: p.right ?? '' })).sort((a, b) => a.text.localeCompare(b.text, locale)) : []
  return {
    id,
    kind: question.blockType,
    prompt: pick(question, 'prompt'),
    rows,
    choices,
    answer: response ? { response, marking: markAnswer(question, response) } : null,
  }
}
