import type { QuestionResponse } from '../../content/training/answers'
import type { QuestionBlock } from './question-types'

/** One part of an answer as the learner sees it marked: an option, a pair or an item. */
export type MarkedPart = {
  text: string
  /** What the learner chose for this part: ticked, or the text they matched or the place they gave. */
  chosen: boolean | string
  /** What was right for it: should it be ticked, or the right match or place. */
  expected: boolean | string
  right: boolean
  feedback: string
}

export type Marking = {
  /** 0 to 1; null for a reflection, which is kept but never marked. */
  score: number | null
  parts: MarkedPart[]
}

const text = (value: string | null | undefined) => value ?? ''

/**
 * Marks an answer on the server against the question as it is now. Choices
 * score all or nothing (ticking every box must not pay); matching and
 * ordering score the share of pairs or items put right. A response of
 * another kind than the question scores nothing.
 */
export function markAnswer(question: QuestionBlock, response: QuestionResponse): Marking {
  switch (question.blockType) {
    case 'single':
    case 'multiple': {
      const chosen = new Set(response.kind === 'single' ? [response.choice] : response.kind === 'multiple' ? response.choices : [])
      const parts = question.options.map((o) => {
        const picked = chosen.has(o.id ?? '')
        return { text: text(o.text), chosen: picked, expected: Boolean(o.correct), right: picked === Boolean(o.correct), feedback: picked || o.correct ? text(o.feedback) : '' }
      })
      return { score: response.kind === question.blockType && parts.every((p) => p.right) ? 1 : 0, parts }
    }
    case 'trueFalse': {
      const value = response.kind === 'trueFalse' ? response.value : ''
      const expected = question.isTrue ? 'true' : 'false'
      const right = value === expected
      const feedback = value === 'true' ? question.feedbackTrue : value === 'false' ? question.feedbackFalse : ''
      return { score: right ? 1 : 0, parts: [{ text: text(question.prompt), chosen: value, expected, right, feedback: text(feedback) }] }
    }
    case 'matching': {
      const matches = response.kind === 'matching' ? response.matches : {}
      const rightOf = new Map(question.pairs.map((p) => [p.id ?? '', text(p.right)]))
      const parts = question.pairs.map((p) => {
        const chosenId = matches[p.id ?? ''] ?? ''
        return { text: text(p.left), chosen: rightOf.get(chosenId) ?? '', expected: text(p.right), right: chosenId === p.id, feedback: text(p.feedback) }
      })
      return { score: share(parts), parts }
    }
    case 'ordering': {
      const places = response.kind === 'ordering' ? response.places : {}
      const parts = question.items.map((item, index) => {
        const place = places[item.id ?? '']
        return { text: text(item.text), chosen: place ? String(place) : '', expected: String(index + 1), right: place === index + 1, feedback: text(item.feedback) }
      })
      return { score: share(parts), parts }
    }
    case 'reflection':
      return { score: null, parts: [{ text: response.kind === 'reflection' ? response.text : '', chosen: true, expected: true, right: true, feedback: text(question.guidance) }] }
  }
}

const share = (parts: MarkedPart[]) => (parts.length ? parts.filter((p) => p.right).length / parts.length : 0)

/** A score the learner can read: a whole percentage. */
export const percent = (score: number) => Math.round(score * 100)
