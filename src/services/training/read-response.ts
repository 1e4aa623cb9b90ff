import { AppError } from '../../content/app-error'
import { answerFieldName, type QuestionResponse, REFLECTION_MAX_LENGTH } from '../../content/training/answers'
import type { QuestionBlock } from './question-types'

type Posted = Record<string, unknown>

const one = (value: unknown) => (typeof value === 'string' ? value : '')
const many = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [])

/** A form that names a row the question does not have was changed by hand, or is older than the question. */
const tampered = () => new AppError('invalid-input', { message: 'training.error.tampered' })

/**
 * What a learner posted for one question, as a response; an unanswered
 * question marks its field, and anything that is not one of the question's
 * own options, pairs or places is refused as tampered.
 */
export function readResponse(question: QuestionBlock, posted: Posted): QuestionResponse {
  const id = question.id ?? ''
  const field = answerFieldName(id)
  const unanswered = () => new AppError('invalid-input', { fields: { [field]: question.blockType === 'reflection' ? 'training.error.write' : 'training.error.choose' } })
  switch (question.blockType) {
    case 'single': {
      const choice = one(posted[field])
      if (!choice) throw unanswered()
      if (!question.options.some((o) => o.id === choice)) throw tampered()
      return { kind: 'single', choice }
    }
    case 'multiple': {
      const choices = [...new Set(many(posted[field]))]
      if (!choices.length) throw unanswered()
      if (!choices.every((c) => question.options.some((o) => o.id === c))) throw tampered()
      return { kind: 'multiple', choices }
    }
    case 'trueFalse': {
      const value = one(posted[field])
      if (!value) throw unanswered()
      if (value !== 'true' && value !== 'false') throw tampered()
      return { kind: 'trueFalse', value }
    }
    case 'matching': {
      const ids = new Set(question.pairs.map((p) => p.id ?? ''))
      const matches: Record<string, string> = {}
      for (const pair of question.pairs) {
        const chosen = one(posted[answerFieldName(id, pair.id ?? '')])
        if (!chosen) throw new AppError('invalid-input', { fields: { [field]: 'training.error.matchAll' } })
        if (!ids.has(chosen)) throw tampered()
        matches[pair.id ?? ''] = chosen
      }
      return { kind: 'matching', matches }
    }
    case 'ordering': {
      const places: Record<string, number> = {}
      for (const item of question.items) {
        const raw = one(posted[answerFieldName(id, item.id ?? '')])
        if (!raw) throw new AppError('invalid-input', { fields: { [field]: 'training.error.placeAll' } })
        const place = Number(raw)
        if (!Number.isInteger(place) || place < 1 || place > question.items.length) throw tampered()
        places[item.id ?? ''] = place
      }
      if (new Set(Object.values(places)).size !== question.items.length) throw new AppError('invalid-input', { fields: { [field]: 'training.error.placeOnce' } })
      return { kind: 'ordering', places }
    }
    case 'reflection': {
      const text = one(posted[field]).trim()
      if (!text) throw unanswered()
      if (text.length > REFLECTION_MAX_LENGTH) throw new AppError('invalid-input', { fields: { [field]: 'training.error.tooLong' } })
      return { kind: 'reflection', text }
    }
  }
}

/**
 * The answers of a form that holds these questions. Every `a.` field must
 * belong to one of them: a posted answer to a question that is not on the
 * page (a changed question id) is refused as tampered.
 */
export function readResponses(questions: QuestionBlock[], posted: Posted): Map<string, QuestionResponse> {
  const known = new Set(questions.flatMap((q) => [answerFieldName(q.id ?? ''), ...rowIds(q).map((row) => answerFieldName(q.id ?? '', row))]))
  for (const name of Object.keys(posted)) if (name.startsWith('a.') && !known.has(name)) throw tampered()
  // Every unanswered question is marked at once, not one per try.
  const responses = new Map<string, QuestionResponse>()
  const missing: Record<string, string> = {}
  for (const question of questions) {
    try {
      responses.set(question.id ?? '', readResponse(question, posted))
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error
      Object.assign(missing, error.fields)
    }
  }
  if (Object.keys(missing).length) throw new AppError('invalid-input', { fields: missing })
  return responses
}

function rowIds(question: QuestionBlock): string[] {
  if (question.blockType === 'matching') return question.pairs.map((p) => p.id ?? '')
  if (question.blockType === 'ordering') return question.items.map((i) => i.id ?? '')
  return []
}
