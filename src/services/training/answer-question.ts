import { createHash } from 'node:crypto'
import type { Payload, TypedUser } from 'payload'
import { AppError } from '../../content/app-error'
import type { Locale } from '../../content/locales'
import { readAnswerKey } from './answer-key'
import { findModule } from './find-module'
import { enrol, enrolmentTitle, type Learner } from './learner'
import { markAnswer } from './mark-answer'
import { isQuestionBlock } from './question-types'
import { readResponses } from './read-response'
import { recordAnswer } from './record-answer'

type Answer = { slug: string; lesson: number; question: unknown; posted: Record<string, unknown>; locale: Locale; user: TypedUser | null; learner: Learner }

/**
 * A learner's answer to one knowledge check of a lesson, marked on the
 * server and kept; the lesson page then shows it with its feedback. The
 * question must be one of that lesson's, in a module this visitor may read.
 */
export async function answerQuestion(payload: Payload, { slug, lesson: number, question: questionId, posted, locale, user, learner }: Answer): Promise<void> {
  const read = await findModule(payload, { slug }, locale, user, 0)
  const lesson = read?.doc.lessons[number - 1]
  if (!read || !lesson?.id) throw new AppError('not-found')
  const question = lesson.content.filter(isQuestionBlock).find((q) => q.id === questionId)
  if (!question) throw new AppError('invalid-input', { message: 'training.error.noSuchQuestion' })
  const pageKey = readAnswerKey(posted.key)
  const response = readResponses([question], posted).get(question.id ?? '')
  if (!response) throw new AppError('invalid-input', { message: 'training.error.tampered' })
  // One page carries one key for all its checks: the post it identifies is that key, this question and this answer, so
  // another question or a changed answer sent from the same page is recorded, and only the very same post is a replay.
  const key = createHash('sha256')
    .update(JSON.stringify([pageKey, question.id, response]))
    .digest('base64url')
  const enrolment = await enrol(payload, read.doc.id, learner, enrolmentTitle(read.doc, user?.name))
  await recordAnswer(payload, { enrolment, question, response, marking: markAnswer(question, response), key, lesson: lesson.id })
  await payload.update({ collection: 'enrolments', id: enrolment.id, data: { lastLesson: lesson.id }, depth: 0, overrideAccess: true })
}
