import type { Payload, TypedUser } from 'payload'
import { AppError } from '../../content/app-error'
import type { Locale } from '../../content/locales'
import { completeIfPassed } from './complete-module'
import { findModule } from './find-module'
import { enrol, enrolmentTitle, type Learner, lessonsDoneOf } from './learner'
import { quizOf } from './quiz-rules'

/**
 * Marks lesson `number` finished and saves the learner's place as the next
 * one, so "continue where you left off" opens it. Finishing the last lesson
 * of a module without a quiz passes it. Says what comes next: the following
 * lesson's number, or none, and whether a quiz follows the last one.
 */
export async function finishLesson(
  payload: Payload,
  slug: string,
  number: number,
  locale: Locale,
  user: TypedUser | null,
  learner: Learner,
): Promise<{ next: number | null; hasQuiz: boolean }> {
  const read = await findModule(payload, { slug }, locale, user, 0)
  const lesson = read?.doc.lessons[number - 1]
  if (!read || !lesson?.id) throw new AppError('not-found')
  const enrolment = await enrol(payload, read.doc.id, learner, enrolmentTitle(read.doc, user?.name))
  const done = lessonsDoneOf(enrolment)
  const lessonsDone = done.some((d) => d.lesson === lesson.id) ? done : [...done, { lesson: lesson.id, at: new Date().toISOString() }]
  const next = read.doc.lessons[number]?.id ?? lesson.id
  const updated = await payload.update({ collection: 'enrolments', id: enrolment.id, data: { lessonsDone, lastLesson: next }, depth: 0, overrideAccess: true })
  await completeIfPassed(payload, updated, read.doc, locale)
  return { next: number < read.doc.lessons.length ? number + 1 : null, hasQuiz: quizOf(read.doc) !== null }
}
