import type { Payload, TypedUser } from 'payload'
import type { QuizAttempt } from '../../cms/payload-types'
import { AppError } from '../../content/app-error'
import type { Locale } from '../../content/locales'
import { completeIfPassed } from './complete-module'
import { findModule } from './find-module'
import { findEnrolment } from './learner'
import { markAnswer, percent } from './mark-answer'
import { quizOf } from './quiz-rules'
import { readResponses } from './read-response'
import { recordAnswer } from './record-answer'

const drawnIds = (attempt: QuizAttempt) => (Array.isArray(attempt.questions) ? attempt.questions.filter((q): q is string => typeof q === 'string') : [])

/**
 * Marks the member's open attempt at the final quiz. Every drawn question
 * must be answered; the score is the mean of the questions still in the
 * module, in percent. A post for an attempt already marked (a replay) changes
 * nothing and leads to its result. Passing may complete the module and
 * issue the certificate.
 */
export async function submitQuiz(payload: Payload, slug: string, attemptNumber: number, posted: Record<string, unknown>, locale: Locale, member: TypedUser): Promise<QuizAttempt> {
  const read = await findModule(payload, { slug }, locale, member, 0)
  const quiz = read && quizOf(read.doc)
  if (!read || !quiz) throw new AppError('not-found')
  const enrolment = await findEnrolment(payload, read.doc.id, { memberId: Number(member.id) })
  const { docs } = enrolment
    ? await payload.find({
        collection: 'quiz-attempts',
        where: { and: [{ enrolment: { equals: enrolment.id } }, { number: { equals: attemptNumber } }] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    : { docs: [] }
  const attempt = docs[0]
  if (!enrolment || !attempt) throw new AppError('invalid-input', { message: 'training.error.noSuchAttempt' })
  if (attempt.status === 'submitted') return attempt
  const ids = drawnIds(attempt)
  const questions = quiz.pool.filter((q) => ids.includes(q.id ?? ''))
  const responses = readResponses(questions, posted)
  let total = 0
  for (const question of questions) {
    const response = responses.get(question.id ?? '')
    if (!response) continue
    const marking = markAnswer(question, response)
    total += marking.score ?? 0
    await recordAnswer(payload, { enrolment, question, response, marking, key: `${attempt.key}:${question.id}`, attempt: attempt.id })
  }
  const score = questions.length ? percent(total / questions.length) : 0
  const passed = score >= quiz.passMark
  const marked = await payload.update({
    collection: 'quiz-attempts',
    id: attempt.id,
    data: { status: 'submitted', score, passed, submittedAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  const best = Math.max(score, enrolment.score ?? 0)
  const updated = await payload.update({ collection: 'enrolments', id: enrolment.id, data: { score: best }, depth: 0, overrideAccess: true })
  if (passed) await completeIfPassed(payload, updated, read.doc, locale)
  return marked
}
