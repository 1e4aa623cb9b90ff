import type { Payload } from 'payload'
import type { Enrolment, LearnerAnswer } from '../../cms/payload-types'
import { relationId } from '../../content/related'
import type { QuestionResponse } from '../../content/training/answers'
import type { Marking } from './mark-answer'
import type { QuestionBlock } from './question-types'

type Recorded = {
  enrolment: Enrolment
  question: QuestionBlock
  response: QuestionResponse
  marking: Marking
  key: string
  lesson?: string
  attempt?: number
}

/**
 * Stores one marked answer, with the question's wording as the learner saw
 * it, so the record outlives edits to the question. A key already stored is
 * a replay: the first record stands and nothing is added.
 */
export async function recordAnswer(payload: Payload, { enrolment, question, response, marking, key, lesson, attempt }: Recorded): Promise<LearnerAnswer> {
  const existing = await payload.find({ collection: 'learner-answers', where: { key: { equals: key } }, depth: 0, limit: 1, overrideAccess: true })
  if (existing.docs[0]) return existing.docs[0]
  const data = {
    enrolment: enrolment.id,
    module: relationId(enrolment.module),
    member: enrolment.member == null ? undefined : relationId(enrolment.member),
    attempt,
    lesson,
    question: question.id ?? '',
    kind: question.blockType,
    prompt: question.prompt ?? '',
    response,
    text: response.kind === 'reflection' ? response.text : undefined,
    score: marking.score,
    key,
  }
  try {
    return await payload.create({ collection: 'learner-answers', data, depth: 0, overrideAccess: true })
  } catch (error) {
    // Two copies of one post at once: the unique key lets one in.
    const raced = await payload.find({ collection: 'learner-answers', where: { key: { equals: key } }, depth: 0, limit: 1, overrideAccess: true })
    if (raced.docs[0]) return raced.docs[0]
    throw error
  }
}
