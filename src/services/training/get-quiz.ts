import type { Payload, TypedUser } from 'payload'
import type { QuizAttempt } from '../../cms/payload-types'
import type { Locale } from '../../content/locales'
import { relationId } from '../../content/related'
import { findModule, type ModuleRead } from './find-module'
import { progressOf } from './get-progress'
import { textsOf } from './in-language'
import { latestAnswers } from './latest-answers'
import { findEnrolment } from './learner'
import { toQuestionView } from './question-view'
import { quizOf } from './quiz-rules'
import type { AttemptResultView, AttemptSummary, QuestionView, QuizView } from './types'

const drawnIds = (attempt: QuizAttempt) => (Array.isArray(attempt.questions) ? attempt.questions.filter((q): q is string => typeof q === 'string') : [])

const summaryOf = (a: QuizAttempt): AttemptSummary => ({ number: a.number, score: a.score ?? 0, passed: Boolean(a.passed), submittedAt: a.submittedAt ?? null })

/** The questions drawn for an attempt, in their drawn order; one removed from the module since is left out. */
async function questionsOf(payload: Payload, read: ModuleRead, attempt: QuizAttempt, locale: Locale, answered: boolean): Promise<QuestionView[]> {
  const pool = quizOf(read.doc)?.pool ?? []
  const pick = textsOf(read.doc, read.own, locale)
  const answers = answered ? await latestAnswers(payload, relationId(attempt.enrolment), { attempt: attempt.id }) : new Map()
  return drawnIds(attempt).flatMap((id) => {
    const question = pool.find((q) => q.id === id)
    return question ? [toQuestionView(question, pick, locale, answers.get(id) ?? null)] : []
  })
}

async function attemptsOf(payload: Payload, enrolmentId: number) {
  const { docs } = await payload.find({
    collection: 'quiz-attempts',
    where: { enrolment: { equals: enrolmentId } },
    sort: 'number',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

/** A module's final quiz for a learner (a member, or nobody yet): its rules, their attempts, and the open one's questions. */
export async function getQuiz(payload: Payload, slug: string, locale: Locale, user: TypedUser | null): Promise<QuizView | null> {
  const read = await findModule(payload, { slug }, locale, user)
  const quiz = read && quizOf(read.doc)
  if (!read || !quiz) return null
  const enrolment = user ? await findEnrolment(payload, read.doc.id, { memberId: Number(user.id) }) : null
  const attempts = enrolment ? await attemptsOf(payload, enrolment.id) : []
  const open = attempts.find((a) => a.status === 'open')
  const progress = enrolment
    ? await progressOf(
        payload,
        enrolment,
        read.doc.lessons.map((l) => l.id ?? ''),
      )
    : null
  return {
    module: {
      slug: read.doc.slug,
      title: textsOf(read.doc, read.own, locale)(read.doc, 'title') ?? { value: read.doc.slug, lang: locale },
      membersOnly: read.doc.audience === 'members',
    },
    rules: { questions: quiz.questions, passMark: quiz.passMark, maxAttempts: quiz.maxAttempts },
    lessonsLeft: read.doc.lessons.length - (progress?.done ?? 0),
    attempts: attempts.filter((a) => a.status === 'submitted').map(summaryOf),
    passed: attempts.some((a) => a.passed),
    open: open ? { number: open.number, questions: await questionsOf(payload, read, open, locale, false) } : null,
    certificate: progress?.certificate ?? null,
  }
}

/** One of the member's marked attempts, with each question, their answer and its feedback. */
export async function getAttemptResult(payload: Payload, slug: string, number: number, locale: Locale, user: TypedUser): Promise<AttemptResultView | null> {
  const read = await findModule(payload, { slug }, locale, user)
  const quiz = read && quizOf(read.doc)
  const enrolment = read ? await findEnrolment(payload, read.doc.id, { memberId: Number(user.id) }) : null
  if (!read || !quiz || !enrolment) return null
  const attempts = await attemptsOf(payload, enrolment.id)
  const attempt = attempts.find((a) => a.number === number && a.status === 'submitted')
  if (!attempt) return null
  const progress = await progressOf(
    payload,
    enrolment,
    read.doc.lessons.map((l) => l.id ?? ''),
  )
  return {
    module: { slug: read.doc.slug, title: textsOf(read.doc, read.own, locale)(read.doc, 'title') ?? { value: read.doc.slug, lang: locale } },
    rules: { questions: quiz.questions, passMark: quiz.passMark, maxAttempts: quiz.maxAttempts },
    attempt: summaryOf(attempt),
    attemptsLeft: attempts.some((a) => a.passed) ? 0 : Math.max(0, quiz.maxAttempts - attempts.length),
    questions: await questionsOf(payload, read, attempt, locale, true),
    certificate: progress.certificate,
  }
}
