import type { InLanguage } from '../../content/i18n/pick-localized'
import type { Locale } from '../../content/locales'
import type { RichTextValue } from '../../content/rich-text'
import type { QuestionResponse } from '../../content/training/answers'
import type { ModuleLevel, QuestionKind } from '../../content/training/vocabulary'
import type { Term } from '../cities/types'
import type { Picture } from '../site/to-picture'
import type { Marking } from './mark-answer'

/** A module as the catalogue lists it. */
export type ModuleCard = {
  slug: string
  title: InLanguage<string>
  summary: InLanguage<string> | null
  level: ModuleLevel
  minutes: number
  themes: Term[]
  /** The languages in which the module and every lesson have a title. */
  languages: Locale[]
  lessonCount: number
  membersOnly: boolean
}

export type QuizRules = { questions: number; passMark: number; maxAttempts: number }

/** Where a learner stands in a module. */
export type ProgressView = {
  done: number
  /** The lesson to continue with (1, 2, …), null once every lesson is done. */
  resume: number | null
  completed: boolean
  completedAt: string | null
  /** Best final-quiz score, in percent. */
  score: number | null
  attemptsUsed: number
  certificate: string | null
}

export type ModuleView = ModuleCard & {
  id: number
  lessons: { number: number; title: InLanguage<string>; done: boolean }[]
  quiz: QuizRules | null
  progress: ProgressView | null
}

/** A question as a learner sees it: nothing in it tells the right answer. */
export type QuestionView = {
  id: string
  kind: QuestionKind
  prompt: InLanguage<string> | null
  /** The options to tick, the left sides to match, or the items to put in order (in an order that is not the answer). */
  rows: { id: string; text: InLanguage<string> | null }[]
  /** For matching: the right sides to choose from, in alphabetical order. */
  choices: { id: string; text: string }[]
  /** The learner's last answer with its marking, when they answered. */
  answer: { response: QuestionResponse; marking: Marking } | null
}

export type LessonBlockView =
  | { type: 'richText'; id: string; body: InLanguage<RichTextValue> | null }
  | { type: 'image'; id: string; picture: Picture | null; caption: InLanguage<string> | null }
  | {
      type: 'video'
      id: string
      title: InLanguage<string> | null
      /** A video uploaded to Images, played on the page; `type` is its MIME type, `bytes` its size for the download link. */
      file: { src: string; type: string; bytes: number } | null
      /** A link to a video hosted elsewhere, when there is no file. */
      url: string | null
      minutes: number | null
      transcript: InLanguage<string> | null
    }
  | { type: 'resource'; id: string; resource: { slug: string; title: string; summary: string; membersOnly: boolean } | null; note: InLanguage<string> | null }
  | { type: 'caseStudy'; id: string; city: { slug: string; name: string } | null; heading: InLanguage<string> | null; body: InLanguage<RichTextValue> | null }
  | { type: 'question'; id: string; question: QuestionView }

export type LessonView = {
  module: { id: number; slug: string; title: InLanguage<string>; lessonCount: number; hasQuiz: boolean; membersOnly: boolean }
  id: string
  number: number
  title: InLanguage<string>
  blocks: LessonBlockView[]
  done: boolean
  previous: number | null
  next: number | null
  /** Languages other than the page's that some of the lesson is shown in. */
  fallbackLanguages: Locale[]
}

/** One value of a catalogue filter, with how many modules it would show. */
export type FacetOption = { value: string; label: string; count: number }

export type CatalogueFilter = { theme?: string; level?: string; language?: string }

export type Catalogue = {
  modules: ModuleCard[]
  filter: CatalogueFilter
  facets: { name: 'theme' | 'level' | 'language'; options: FacetOption[] }[]
}

/** One finished attempt at a final quiz. */
export type AttemptSummary = { number: number; score: number; passed: boolean; submittedAt: string | null }

/** The final quiz as the learner finds it: its rules, their attempts, and the attempt they have open. */
export type QuizView = {
  module: { slug: string; title: InLanguage<string>; membersOnly: boolean }
  rules: QuizRules
  lessonsLeft: number
  attempts: AttemptSummary[]
  passed: boolean
  /** The attempt in progress, with its drawn questions. */
  open: { number: number; questions: QuestionView[] } | null
  certificate: string | null
}

/** A marked attempt: the score, and each question with the learner's answer and its feedback. */
export type AttemptResultView = {
  module: { slug: string; title: InLanguage<string> }
  rules: QuizRules
  attempt: AttemptSummary
  attemptsLeft: number
  questions: QuestionView[]
  certificate: string | null
}

/** A certificate as anyone who checks its code sees it. */
export type CertificateView = {
  code: string
  learnerName: string
  /** The module's title in the page's language today, and as it was printed on the certificate. */
  moduleTitle: string
  moduleSlug: string | null
  issuedAt: string
  score: number | null
  locale: Locale
  revoked: boolean
  revokedReason: string | null
}

/** What a member's account page lists of their learning. */
export type LearningView = {
  modules: {
    slug: string
    title: string
    done: number
    lessonCount: number
    resume: number | null
    completedAt: string | null
    score: number | null
    updatedAt: string
    certificate: string | null
  }[]
}
