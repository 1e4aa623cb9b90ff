import type { Payload, TypedUser } from 'payload'
import { hasRole } from '../../cms/access/roles'
import { rawRows } from '../../cms/raw-sql'
import { AppError } from '../../content/app-error'
import type { Locale } from '../../content/locales'
import { isQuestionKind, type QuestionKind } from '../../content/training/vocabulary'
import { findModule } from './find-module'
import { textsOf } from './in-language'
import { lessonsDoneOf } from './learner'
import { percent } from './mark-answer'
import { isQuestionBlock } from './question-types'
import { quizOf } from './quiz-rules'

/** A text with the language it is written in; null when unknown (the wording kept with an answer). */
export type ReportText = { value: string; lang: Locale | null }

export type LessonFigures = {
  number: number
  title: ReportText
  /** Learners who got at least as far as this lesson: they finished it or a later one, or were last on it or later. */
  reached: number
  finished: number
  /** Learners who have not completed the module and whose furthest finished lesson is this one. */
  stoppedAfter: number
}

export type QuestionFigures = {
  id: string
  kind: QuestionKind
  prompt: ReportText | null
  /** Where it is asked: a lesson's check (its number; null when that lesson was removed too) or the final quiz. */
  place: { quiz: false; lesson: number | null } | { quiz: true }
  /** No longer in the module: listed from the wording kept with its answers. */
  removed: boolean
  /** Learners who answered it at least once. */
  learners: number
  /** Every answer given, second tries included. */
  answers: number
  /** The mean score of those answers, in percent; null for a reflection (never marked) or when nobody answered. */
  averageScore: number | null
  /** The share of learners whose first answer was wholly right, in percent; null as for the average. */
  rightFirstTime: number | null
}

export type ModuleReport = {
  slug: string
  title: ReportText
  hasQuiz: boolean
  learners: {
    started: number
    members: number
    /** Visitors without an account, known by their browser's key. */
    visitors: number
    completed: number
    /** Learners with a passed attempt at the final quiz; null for a module that never had one passed and has no quiz. */
    passed: number | null
  }
  lessons: LessonFigures[]
  /** Learners who have not completed the module and finished no lesson of it. */
  stoppedBeforeAnyLesson: number
  questions: QuestionFigures[]
}

/** One question's answers, summed in the database: a big module's answers are never loaded row by row. */
type AnswerTotals = {
  question: string
  answers: number | string
  marked: number | string
  total: number | string | null
  learners: number | string
  marked_learners: number | string
  right_first: number | string | null
}

// Payload's Local API counts but does not sum or group, so this reads its tables directly (their names are Payload's
// for the `learner-answers` collection on both databases). A learner's first answer is the one no earlier answer
// of theirs to the same question precedes; it is right when wholly right (a score of 1).
const answerTotals = `
SELECT a.question AS question,
  COUNT(*) AS answers,
  COUNT(a.score) AS marked,
  SUM(a.score) AS total,
  COUNT(DISTINCT a.enrolment_id) AS learners,
  COUNT(DISTINCT CASE WHEN a.score IS NOT NULL THEN a.enrolment_id END) AS marked_learners,
  SUM(CASE WHEN a.score >= 1 AND NOT EXISTS (
    SELECT 1 FROM learner_answers b WHERE b.enrolment_id = a.enrolment_id AND b.question = a.question AND b.id < a.id
  ) THEN 1 ELSE 0 END) AS right_first
FROM learner_answers a
WHERE a.module_id = $1
GROUP BY a.question`

const PAGE = 1000

/**
 * A module's figures for staff (admins and editors): how many learners
 * started, completed and passed it, how far they got through its lessons
 * and where those who did not complete it stopped, and how each question
 * was answered, questions removed since included. Anyone else is refused,
 * as is a module that does not exist. Lessons and questions are the
 * published module's (a draft's when it was never published), in the
 * page's language with the default filling its gaps.
 */
export async function moduleReport(payload: Payload, user: TypedUser | null, slug: string, locale: Locale): Promise<ModuleReport | null> {
  if (!hasRole(user, 'admin', 'editor')) throw new AppError('forbidden')
  const read = await findModule(payload, { slug }, locale, user, 0)
  if (!read) return null
  const { doc } = read
  const pick = textsOf(doc, read.own, locale)
  const text = (value: { value: string; lang: Locale } | null): ReportText | null => (value ? { value: value.value, lang: value.lang } : null)
  const moduleWhere = { module: { equals: doc.id } }

  // Lessons: what each learner finished and how far they got.
  const lessonIndex = new Map(doc.lessons.map((lesson, i) => [lesson.id ?? '', i]))
  const reached = doc.lessons.map(() => 0)
  const finished = doc.lessons.map(() => 0)
  const stoppedAfter = doc.lessons.map(() => 0)
  const learners = { started: 0, members: 0, visitors: 0, completed: 0 }
  let stoppedBeforeAnyLesson = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'enrolments',
      where: moduleWhere,
      select: { member: true, status: true, lessonsDone: true, lastLesson: true },
      sort: 'id',
      depth: 0,
      limit: PAGE,
      page,
      overrideAccess: true,
    })
    for (const enrolment of docs) {
      learners.started++
      if (enrolment.member != null) learners.members++
      else learners.visitors++
      const done = new Set(lessonsDoneOf(enrolment).flatMap((d) => (lessonIndex.has(d.lesson) ? [lessonIndex.get(d.lesson) as number] : [])))
      for (const i of done) finished[i]++
      const furthestDone = Math.max(-1, ...done)
      const furthest = Math.max(furthestDone, lessonIndex.get(enrolment.lastLesson ?? '') ?? -1)
      for (let i = 0; i <= furthest; i++) reached[i]++
      if (enrolment.status === 'completed') learners.completed++
      else if (furthestDone < 0) stoppedBeforeAnyLesson++
      else stoppedAfter[furthestDone]++
    }
    if (!hasNextPage) break
  }

  const quiz = quizOf(doc)
  const { docs: passes } = await payload.find({
    collection: 'quiz-attempts',
    where: { and: [moduleWhere, { passed: { equals: true } }] },
    select: { enrolment: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const passed = new Set(passes.map((attempt) => String(attempt.enrolment))).size

  // Questions: the module's own in order, each lesson's checks then the quiz's pool, then those removed since.
  const totals = new Map((await rawRows<AnswerTotals>(payload, answerTotals, [doc.id])).map((row) => [String(row.question), row]))
  const questions: QuestionFigures[] = []
  const figures = (id: string) => {
    const row = totals.get(id)
    const marked = Number(row?.marked ?? 0)
    const markedLearners = Number(row?.marked_learners ?? 0)
    return {
      learners: Number(row?.learners ?? 0),
      answers: Number(row?.answers ?? 0),
      averageScore: marked ? percent(Number(row?.total ?? 0) / marked) : null,
      rightFirstTime: markedLearners ? percent(Number(row?.right_first ?? 0) / markedLearners) : null,
    }
  }
  const current = new Set<string>()
  doc.lessons.forEach((lesson, i) => {
    for (const block of lesson.content.filter(isQuestionBlock)) {
      const id = block.id ?? ''
      current.add(id)
      questions.push({ id, kind: block.blockType, prompt: text(pick(block, 'prompt')), place: { quiz: false, lesson: i + 1 }, removed: false, ...figures(id) })
    }
  })
  for (const block of quiz?.pool ?? []) {
    const id = block.id ?? ''
    current.add(id)
    questions.push({ id, kind: block.blockType, prompt: text(pick(block, 'prompt')), place: { quiz: true }, removed: false, ...figures(id) })
  }
  const removed: QuestionFigures[] = []
  for (const id of totals.keys()) {
    if (current.has(id)) continue
    // The wording, kind and place are those of the latest answer, as the learner last saw the question.
    const { docs } = await payload.find({
      collection: 'learner-answers',
      where: { and: [moduleWhere, { question: { equals: id } }] },
      select: { kind: true, prompt: true, lesson: true, attempt: true },
      sort: '-id',
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const last = docs[0]
    if (!last || !isQuestionKind(last.kind)) continue
    const lesson = last.lesson ? lessonIndex.get(last.lesson) : undefined
    removed.push({
      id,
      kind: last.kind,
      prompt: last.prompt ? { value: last.prompt, lang: null } : null,
      place: last.attempt != null ? { quiz: true } : { quiz: false, lesson: lesson === undefined ? null : lesson + 1 },
      removed: true,
      ...figures(id),
    })
  }
  // Each removed question goes after its place's current ones: lesson by lesson, then the quiz, then removed lessons.
  const rank = (q: QuestionFigures) => (q.place.quiz ? doc.lessons.length + 1 : (q.place.lesson ?? doc.lessons.length + 2))
  const ordered = [...questions, ...removed].map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || Number(a.q.removed) - Number(b.q.removed) || a.i - b.i)

  return {
    slug: doc.slug,
    title: text(pick(doc, 'title')) ?? { value: doc.slug, lang: null },
    hasQuiz: quiz !== null,
    learners: { ...learners, passed: quiz || passed ? passed : null },
    lessons: doc.lessons.map((lesson, i) => ({
      number: i + 1,
      title: text(pick(lesson, 'title')) ?? { value: String(i + 1), lang: null },
      reached: reached[i],
      finished: finished[i],
      stoppedAfter: stoppedAfter[i],
    })),
    stoppedBeforeAnyLesson,
    questions: ordered.map(({ q }) => q),
  }
}
