import type { Payload, TypedUser } from 'payload'
import { pickLocalized } from '../../content/i18n/pick-localized'
import { inEveryLanguage } from '../../content/localized-fields'
import type { Locale } from '../../content/locales'
import { progressOf } from './get-progress'
import { findEnrolment, type Learner, lessonsDoneOf } from './learner'
import { toModuleCard } from './list-modules'
import { quizOf } from './quiz-rules'
import type { ModuleView } from './types'

/** A module's page: what it covers, its lessons, its quiz's rules, and for a learner where they stand; with `draft`, as staff preview it. */
export async function getModule(payload: Payload, slug: string, locale: Locale, user: TypedUser | null, learner: Learner | null, draft = false): Promise<ModuleView | null> {
  const { docs } = await payload.find({
    collection: 'training-modules',
    where: { slug: { equals: slug } },
    locale: 'all',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    draft,
    user,
    select: {
      title: true,
      slug: true,
      summary: true,
      level: true,
      minutes: true,
      audience: true,
      themes: true,
      lessons: { title: true },
      quiz: true,
      updatedAt: true,
      createdAt: true,
    },
  })
  const doc = inEveryLanguage('training-modules', docs)[0]
  if (!doc) return null
  const lessonIds = (doc.lessons ?? []).map((l) => l.id ?? '')
  const enrolment = learner ? await findEnrolment(payload, doc.id, learner) : null
  const done = new Set(lessonsDoneOf(enrolment).map((d) => d.lesson))
  const quiz = quizOf(doc)
  return {
    ...toModuleCard(doc, locale),
    id: doc.id,
    lessons: (doc.lessons ?? []).map((l, i) => ({
      number: i + 1,
      title: pickLocalized<string>(l.title, locale) ?? { value: String(i + 1), lang: locale },
      done: done.has(l.id ?? ''),
    })),
    quiz: quiz && { questions: quiz.questions, passMark: quiz.passMark, maxAttempts: quiz.maxAttempts },
    progress: enrolment ? await progressOf(payload, enrolment, lessonIds) : null,
  }
}
