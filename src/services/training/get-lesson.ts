import type { Payload, TypedUser } from 'payload'
import { VIDEO_TYPES } from '../../cms/collections/Media/image-types'
import type { Locale } from '../../content/locales'
import type { QuestionResponse } from '../../content/training/answers'
import { readableOne } from '../../content/related'
import { toPicture } from '../site/to-picture'
import { findModule } from './find-module'
import { type PickText, textsOf } from './in-language'
import { latestAnswers } from './latest-answers'
import { findEnrolment, type Learner, lessonsDoneOf } from './learner'
import { isQuestionBlock, type LessonBlock } from './question-types'
import { toQuestionView } from './question-view'
import { quizOf } from './quiz-rules'
import type { LessonBlockView, LessonView } from './types'

function toBlockView(block: LessonBlock, pick: PickText, locale: Locale, answers: Map<string, QuestionResponse>): LessonBlockView {
  const id = block.id ?? ''
  if (isQuestionBlock(block)) return { type: 'question', id, question: toQuestionView(block, pick, locale, answers.get(id) ?? null) }
  switch (block.blockType) {
    case 'richText':
      return { type: 'richText', id, body: pick(block, 'body') }
    case 'image':
      return { type: 'image', id, picture: toPicture(block.image, 'wide'), caption: pick(block, 'caption') }
    case 'video': {
      const file = readableOne(block.file)
      return {
        type: 'video',
        id,
        title: pick(block, 'title'),
        // Only a video: a file replaced in Images by a picture is no longer one to play.
        file: file?.url && file.mimeType && VIDEO_TYPES.includes(file.mimeType) ? { src: file.url, type: file.mimeType, bytes: file.filesize ?? 0 } : null,
        url: block.url || null,
        minutes: block.duration ?? null,
        transcript: pick(block, 'transcript'),
      }
    }
    case 'resource': {
      const resource = readableOne(block.resource)
      return {
        type: 'resource',
        id,
        resource: resource && { slug: resource.slug, title: resource.title ?? resource.slug, summary: resource.summary ?? '', membersOnly: resource.audience === 'members' },
        note: pick(block, 'note'),
      }
    }
    case 'caseStudy': {
      const city = readableOne(block.city)
      return {
        type: 'caseStudy',
        id,
        city: city && { slug: city.slug, name: city.name ?? city.slug },
        heading: pick(block, 'heading'),
        body: pick(block, 'body'),
      }
    }
  }
}

/**
 * Lesson `number` (1, 2, …) of a module, as this visitor may read it, with
 * their answers to its checks marked and whether they finished it.
 */
export async function getLesson(
  payload: Payload,
  slug: string,
  number: number,
  locale: Locale,
  user: TypedUser | null,
  learner: Learner | null,
  draft = false,
): Promise<LessonView | null> {
  const read = await findModule(payload, { slug }, locale, user, 1, draft)
  const lesson = read?.doc.lessons[number - 1]
  if (!read || !lesson?.id) return null
  const { doc } = read
  const pick = textsOf(doc, read.own, locale)
  const enrolment = learner ? await findEnrolment(payload, doc.id, learner) : null
  // Only this lesson's questions: a learner's other answers have no bearing on the page.
  const questions = lesson.content.filter(isQuestionBlock).map((q) => q.id ?? '')
  const answers = enrolment && questions.length ? await latestAnswers(payload, enrolment.id, { questions }) : new Map<string, QuestionResponse>()
  const blocks = lesson.content.map((block) => toBlockView(block, pick, locale, answers))
  const languages = new Set<Locale>()
  const note = (text: { lang: Locale } | null) => {
    if (text && text.lang !== locale) languages.add(text.lang)
  }
  const title = pick(lesson, 'title') ?? { value: String(number), lang: locale }
  note(title)
  for (const b of blocks) {
    const texts =
      b.type === 'question'
        ? [b.question.prompt, ...b.question.rows.map((r) => r.text)]
        : b.type === 'richText'
          ? [b.body]
          : b.type === 'video'
            ? [b.title, b.transcript]
            : b.type === 'caseStudy'
              ? [b.heading, b.body]
              : [b.type === 'image' ? b.caption : b.note]
    for (const text of texts) note(text)
  }
  const count = doc.lessons.length
  return {
    module: {
      id: doc.id,
      slug: doc.slug,
      title: pick(doc, 'title') ?? { value: doc.slug, lang: locale },
      lessonCount: count,
      hasQuiz: quizOf(doc) !== null,
      membersOnly: doc.audience === 'members',
    },
    id: lesson.id,
    number,
    title,
    blocks,
    done: lessonsDoneOf(enrolment).some((d) => d.lesson === lesson.id),
    previous: number > 1 ? number - 1 : null,
    next: number < count ? number + 1 : null,
    fallbackLanguages: [...languages],
  }
}
