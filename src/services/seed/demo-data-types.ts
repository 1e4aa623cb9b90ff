import type { Locale } from '../../content/locales'
import type { ModuleLevel } from '../../content/training/vocabulary'

/**
 * Shape of the demo content files in ./data. The seed turns these into
 * Payload documents, so the files stay readable by people who write content
 * rather than code.
 */
export type LocaleCode = Locale

/** Text per locale. `en` is always present; a missing locale falls back to English on the site. */
export type Localized<T = string> = { en: T } & Partial<Record<Exclude<LocaleCode, 'en'>, T>>

/** A list item: plain text, or text followed by a nested bullet list. */
export type DemoListItem = string | { text: string; ul: string[] }

/** One block of a rich-text document. Plain strings are paragraphs. */
export type DemoBlock = string | { h: string } | { ol: DemoListItem[] } | { ul: DemoListItem[] }

export type DemoRichText = DemoBlock[]

export type DemoTheme = { slug: string; label: Localized }
export type DemoSector = { slug: string; name: Localized }
export type DemoRegion = { slug: string; name: Localized; summary: Localized }
export type DemoCountry = { iso2: string; name: Localized; region: string }
export type DemoWorkingGroup = { slug: string; name: Localized; summary: Localized }
export type DemoPerson = { slug: string; name: Localized; role: Localized; city: string; sample: boolean }

export type DemoSourceLink = {
  title: Localized
  url: string
  /** ISO 639-1 code of the document itself, e.g. 'nl'. */
  documentLanguage: string
  note?: Localized
}

export type DemoCity = {
  slug: string
  name: Localized
  country: string // iso2
  population: number
  populationYear: number
  latitude: number
  longitude: number
  memberSince: string // YYYY-MM-DD
  lastReviewed: string // YYYY-MM-DD
  /** True when the narrative is invented for the demo; the site labels it as sample content. */
  sample: boolean
  themes: string[]
  workingGroups: string[]
  leaders: string[] // person slugs
  background: Localized<DemoRichText>
  nationalOverview: Localized<DemoRichText>
  localOverview: Localized<DemoRichText>
  sourceGroups: { title: Localized; links: DemoSourceLink[] }[]
  initiatives: { title: Localized; body: Localized<DemoRichText>; url?: string }[]
  sectorActivities: { sector: string; body: Localized<DemoRichText> }[]
}

export type DemoResourceType = 'case-study' | 'guide' | 'toolkit' | 'report' | 'policy-document' | 'position-paper' | 'video' | 'training-material'

export type DemoResource = {
  slug: string
  type: DemoResourceType
  /** Title and summary per locale; a resource may exist in one language only. */
  title: Localized
  summary: Localized
  /** ISO 639-1 codes of the document itself. */
  documentLanguages: string[]
  themes: string[]
  regions: string[]
  cities: string[]
  sectors: string[]
  publishedOn: string // YYYY-MM-DD
  lastUpdated?: string // YYYY-MM-DD
  /** 'file' makes the seed attach a generated PDF; otherwise externalUrl is used. */
  file: boolean
  externalUrl?: string
  audience: 'public' | 'members'
}

/** A date and time as the organisers' clock shows it, e.g. '2024-12-04T10:00', read in the event's time zone. */
export type DemoLocalDateTime = string

export type DemoWorkingGroupDetails = {
  slug: string // an existing working group
  purpose: Localized
  chairCity: string // city slug
  status: 'active' | 'concluded'
  startedOn: string // YYYY-MM-DD
  endedOn?: string // YYYY-MM-DD, only when concluded
  outputs: string[] // resource slugs, position papers first
}

export type DemoNewsArticle = {
  slug: string
  type: 'news' | 'press-release'
  title: Localized
  summary: Localized
  body: Localized<DemoRichText>
  publishedOn: string // YYYY-MM-DD
  author: string
  themes: string[]
  regions: string[]
  cities: string[]
  /** Shown on the Young Cities page. */
  youngCities: boolean
  /** Alt text of the generated lead image. */
  imageAlt: Localized
}

export type DemoEventType = 'summit' | 'workshop' | 'webinar' | 'conference'

export type DemoEvent = {
  slug: string
  type: DemoEventType
  title: Localized
  summary: Localized
  description: Localized<DemoRichText>
  /** IANA zone, e.g. 'Africa/Johannesburg' for Cape Town. */
  timeZone: string
  startsAt: DemoLocalDateTime
  endsAt: DemoLocalDateTime
  online: boolean
  venue?: Localized // omitted when online
  hostCity?: string // city slug
  regions: string[]
  cities: string[]
  resources: string[]
  speakers: string[] // person slugs (people.json or hub-teams.json)
  agenda: { title: Localized; startsAt: DemoLocalDateTime; endsAt: DemoLocalDateTime; speakers: string[] }[]
  /** Past events only. */
  recordings: { title: Localized; url: string }[]
  outcomes: string[] // resource slugs, past events only
  youngCities: boolean
  /** Upcoming events that take registrations: places, closing time, and the demo logins already registered. */
  registration?: { capacity: number; closesAt: DemoLocalDateTime; registrants: string[] }
  /** Online events: the joining link registrants get. */
  joinUrl?: string
}

export type DemoHubTeam = { region: string; members: { slug: string; name: Localized; role: Localized }[] }

export type DemoCommitteeSeat = { city: string; termStart: string; termEnd: string; representative: string /* person slug */ }

export type DemoYouthProject = {
  slug: string
  title: Localized
  city: string
  summary: Localized
  status: 'planned' | 'active' | 'completed'
}

/** Blocks the editors build about pages from. */
export type DemoPageBlock =
  | { block: 'richText'; body: Localized<DemoRichText> }
  | { block: 'quote'; text: Localized; attribution: Localized }
  | { block: 'callToAction'; heading: Localized; text: Localized; label: Localized; href: string /* site path without locale, e.g. '/join' */ }
  | { block: 'peopleGrid'; heading: Localized; people: string[] /* person slugs */ }
  | { block: 'faq'; heading: Localized; items: { question: Localized; answer: Localized<DemoRichText> }[] }
  | { block: 'image'; alt: Localized; caption: Localized }

export type DemoPage = {
  /** Also the path: /{locale}/{slug}. */
  slug: 'about' | 'team' | 'faq' | 'what-we-do' | 'young-cities' | 'terms' | 'privacy' | 'cookies'
  title: Localized
  summary: Localized
  blocks: DemoPageBlock[]
}

/** An answer to a choice question, and why it is right or wrong. */
export type DemoAnswerOption = { text: Localized; correct: boolean; feedback: Localized }

/** A question with a right answer, as a lesson's knowledge check or in a final quiz's pool. `block` is the kind of question. */
export type DemoScoredQuestion =
  | { block: 'single' | 'multiple'; prompt: Localized; options: DemoAnswerOption[] }
  | { block: 'trueFalse'; prompt: Localized; answer: boolean; feedbackTrue: Localized; feedbackFalse: Localized }
  | { block: 'matching'; prompt: Localized; pairs: { left: Localized; right: Localized; feedback: Localized }[] }
  /** Items in the right order, each with why it comes there. */
  | { block: 'ordering'; prompt: Localized; items: { text: Localized; feedback: Localized }[] }

/** A question a lesson may ask: a scored one, or a reflection that is kept and never marked. */
export type DemoQuestion = DemoScoredQuestion | { block: 'reflection'; prompt: Localized; guidance: Localized }

/** Blocks a lesson is made of. */
export type DemoLessonBlock =
  | { block: 'richText'; body: Localized<DemoRichText> }
  | { block: 'video'; title: Localized; url: string; duration: number /* minutes */; transcript: Localized }
  | { block: 'resource'; resource: string /* resource slug */; note: Localized }
  | { block: 'caseStudy'; city: string /* city slug */; heading: Localized; body: Localized<DemoRichText> }
  | DemoQuestion

export type DemoTrainingModule = {
  slug: string
  title: Localized
  summary: Localized
  level: ModuleLevel
  minutes: number
  audience: 'public' | 'members'
  themes: string[]
  lessons: { title: Localized; content: DemoLessonBlock[] }[]
  /** Omitted: the module is passed by finishing every lesson. */
  quiz?: {
    passMark: number // %
    maxAttempts: number
    /** Questions drawn for each attempt; omitted: all of them. */
    drawn?: number
    questions: DemoScoredQuestion[]
  }
}
