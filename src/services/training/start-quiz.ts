import { randomInt } from 'node:crypto'
import type { Payload, TypedUser } from 'payload'
import type { QuizAttempt } from '../../cms/payload-types'
import { AppError } from '../../content/app-error'
import type { Locale } from '../../content/locales'
import { findModule } from './find-module'
import { enrol, enrolmentTitle } from './learner'
import { quizOf } from './quiz-rules'

/** A random draw of `count` questions from the pool, in a random order. */
function draw<T>(pool: T[], count: number): T[] {
  const deck = [...pool]
  for (let i = deck.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[deck[i], deck[j]] = [deck[j], deck[i]]
  }
  return deck.slice(0, count)
}

/**
 * Starts the member's next attempt at a module's final quiz, drawing its
 * questions, or returns the one they have open. An attempt's key is its
 * progress and number, unique in the database: a replayed or doubled post
 * finds the attempt the first one made, so the limit on attempts holds.
 */
export async function startQuiz(payload: Payload, slug: string, locale: Locale, member: TypedUser): Promise<QuizAttempt> {
  const read = await findModule(payload, { slug }, locale, member, 0)
  const quiz = read && quizOf(read.doc)
  if (!read || !quiz) throw new AppError('not-found')
  const enrolment = await enrol(payload, read.doc.id, { memberId: Number(member.id) }, enrolmentTitle(read.doc, member.name))
  const { docs: attempts } = await payload.find({
    collection: 'quiz-attempts',
    where: { enrolment: { equals: enrolment.id } },
    sort: 'number',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const open = attempts.find((a) => a.status === 'open')
  if (open) return open
  if (attempts.some((a) => a.passed)) throw new AppError('forbidden', { message: 'training.error.alreadyPassed' })
  if (attempts.length >= quiz.maxAttempts) throw new AppError('forbidden', { message: 'training.error.noAttemptsLeft' })
  const number = attempts.length + 1
  const key = `${enrolment.id}:${number}`
  try {
    return await payload.create({
      collection: 'quiz-attempts',
      data: {
        enrolment: enrolment.id,
        module: read.doc.id,
        member: Number(member.id),
        number,
        key,
        status: 'open',
        questions: draw(quiz.pool, quiz.questions).map((q) => q.id ?? ''),
      },
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    const { docs } = await payload.find({ collection: 'quiz-attempts', where: { key: { equals: key } }, depth: 0, limit: 1, overrideAccess: true })
    if (docs[0]) return docs[0]
    throw error
  }
}
