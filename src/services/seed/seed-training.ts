import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import type { TrainingModule } from '../../cms/payload-types'
import { defaultLocale, localeCodes, localeDefinition } from '../../content/locales'
import type { DemoLessonBlock, DemoRichText, DemoScoredQuestion, DemoTrainingModule, LocaleCode, Localized } from './demo-data-types'
import { idOf, type LocaleData, published, richText, type SeedIds } from './seed-programmes'

type LessonBlock = TrainingModule['lessons'][number]['content'][number]
type QuizQuestion = NonNullable<NonNullable<TrainingModule['quiz']>['questions']>[number]
type RichText = NonNullable<Extract<LessonBlock, { blockType: 'richText' }>['body']>
type Row = { id?: string | null }

const translations = localeCodes.filter((code) => code !== defaultLocale)

/** Id of the row saved at position i, so that a translation fills that row instead of replacing it; undefined when creating. */
const rowId = (rows: Row[] | null | undefined, i: number) => rows?.[i]?.id ?? undefined

/** The node and the elements under it set in the given direction; text nodes carry none. */
function inDirection<N extends Record<string, unknown>>(node: N, direction: 'ltr' | 'rtl'): N {
  if (!('direction' in node)) return node
  const children = Array.isArray(node.children) ? node.children.map((child: Record<string, unknown>) => inDirection(child, direction)) : node.children
  return { ...node, direction, children }
}

/** Rich text in one language, written in that language's direction (toLexical writes left to right). */
function richIn(field: Localized<DemoRichText>, locale: LocaleCode): RichText | undefined {
  const value = richText(field, locale)
  const { dir } = localeDefinition(locale)
  return value && dir !== 'ltr' ? { ...value, root: inDirection(value.root, dir) } : value
}

/**
 * One language of a question. `saved` is the same question as English saved
 * it (a module's blocks keep their order), whose rows keep their ids; its
 * answer fields are written again in every language, unchanged.
 */
function questionData(q: DemoScoredQuestion, l: LocaleCode, saved?: LessonBlock | QuizQuestion): QuizQuestion {
  const common = { id: saved?.id, prompt: q.prompt[l] }
  switch (q.block) {
    case 'single':
    case 'multiple': {
      const rows = saved && 'options' in saved ? saved.options : undefined
      const options = q.options.map((o, i) => ({ id: rowId(rows, i), text: o.text[l], correct: o.correct, feedback: o.feedback[l] }))
      return q.block === 'single' ? { ...common, blockType: 'single', options } : { ...common, blockType: 'multiple', options }
    }
    case 'trueFalse':
      return { ...common, blockType: 'trueFalse', isTrue: q.answer, feedbackTrue: q.feedbackTrue[l], feedbackFalse: q.feedbackFalse[l] }
    case 'matching': {
      const rows = saved && 'pairs' in saved ? saved.pairs : undefined
      return { ...common, blockType: 'matching', pairs: q.pairs.map((p, i) => ({ id: rowId(rows, i), left: p.left[l], right: p.right[l], feedback: p.feedback[l] })) }
    }
    case 'ordering': {
      const rows = saved && 'items' in saved ? saved.items : undefined
      return { ...common, blockType: 'ordering', items: q.items.map((item, i) => ({ id: rowId(rows, i), text: item.text[l], feedback: item.feedback[l] })) }
    }
  }
}

function lessonBlockData(b: DemoLessonBlock, l: LocaleCode, ids: SeedIds, saved?: LessonBlock): LessonBlock {
  const id = saved?.id
  switch (b.block) {
    case 'richText':
      return { id, blockType: 'richText', body: richIn(b.body, l) }
    case 'video':
      return { id, blockType: 'video', title: b.title[l], url: b.url, duration: b.duration, transcript: b.transcript[l] }
    case 'resource':
      return { id, blockType: 'resource', resource: idOf(ids.resources, b.resource), note: b.note[l] }
    case 'caseStudy':
      return { id, blockType: 'caseStudy', city: idOf(ids.cities, b.city), heading: b.heading[l], body: richIn(b.body, l) }
    case 'reflection':
      return { id, blockType: 'reflection', prompt: b.prompt[l], guidance: b.guidance[l] }
    default:
      return questionData(b, l, saved)
  }
}

/**
 * One language of a module. Lessons and questions are not localized, only
 * their texts are: a translation sends the same rows, each with the id
 * English was saved with, so Payload keeps the rows and sets that language's
 * texts in them.
 */
function moduleData(m: DemoTrainingModule, l: LocaleCode, ids: SeedIds, saved?: TrainingModule): LocaleData<'training-modules'> {
  return {
    slug: m.slug,
    title: m.title[l],
    summary: m.summary[l],
    level: m.level,
    minutes: m.minutes,
    audience: m.audience,
    themes: m.themes.map((slug) => idOf(ids.themes, slug)),
    lessons: m.lessons.map((lesson, i) => {
      const savedLesson = saved?.lessons[i]
      return { id: savedLesson?.id, title: lesson.title[l], content: lesson.content.map((b, j) => lessonBlockData(b, l, ids, savedLesson?.content[j])) }
    }),
    quiz: m.quiz && {
      passMark: m.quiz.passMark,
      maxAttempts: m.quiz.maxAttempts,
      drawn: m.quiz.drawn,
      questions: m.quiz.questions.map((q, i) => questionData(q, l, saved?.quiz?.questions?.[i])),
    },
  }
}

/** The demo training modules, in every language; one whose slug exists already is left as it is. */
export async function seedTrainingModules(payload: Payload, ids: SeedIds): Promise<void> {
  const modules = JSON.parse(readFileSync(new URL('./data/training-modules.json', import.meta.url), 'utf8')) as DemoTrainingModule[]
  for (const m of modules) {
    const { totalDocs } = await payload.count({ collection: 'training-modules', where: { slug: { equals: m.slug } }, overrideAccess: true })
    if (totalDocs > 0) continue
    const created = await payload.create({
      collection: 'training-modules',
      locale: defaultLocale,
      data: published(moduleData(m, defaultLocale, ids)),
      overrideAccess: true,
      depth: 0,
    })
    for (const l of translations) {
      await payload.update({ collection: 'training-modules', id: created.id, locale: l, data: published(moduleData(m, l, ids, created)), overrideAccess: true, depth: 0 })
    }
  }
}
