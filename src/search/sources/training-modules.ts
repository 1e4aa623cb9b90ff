import { pathTo } from '../../content/content-types'
import { readable } from '../../content/related'
import type { Locale } from '../../content/locales'
import { indexKey } from '../index-key'
import { plainText } from '../text/plain-text'
import { allLabels, joinPerLocale, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'

// Read in every language, a block's localized fields hold one value per
// language, though the generated types describe one: each is read as such.
const textsOfBlock = (block: Record<string, unknown>): Partial<Record<Locale, string>>[] => [
  perLocale(block.body, plainText),
  perLocale(block.title),
  perLocale(block.heading),
  perLocale(block.caption),
  perLocale(block.note),
  perLocale(block.transcript),
  perLocale(block.prompt),
]

/**
 * A training module: its summary, its lessons' titles and what they say,
 * video transcripts included, so a phrase spoken in a video finds the module.
 * Answers and feedback stay out: search must not hand out a quiz's answers.
 */
export const trainingModuleSource: SearchSource<'training-modules'> = {
  toIndexDocument(doc) {
    const themes = readable(doc.themes)
    const summary = perLocale(doc.summary)
    const lessons = doc.lessons ?? []
    const body = joinPerLocale([
      summary,
      ...lessons.flatMap((lesson) => [perLocale(lesson.title), ...lesson.content.flatMap((block) => textsOfBlock(block as unknown as Record<string, unknown>))]),
    ])
    return {
      key: indexKey('training-modules', doc.id),
      type: 'module',
      kind: 'module',
      slug: doc.slug,
      path: pathTo('trainingModule', doc.slug),
      audience: doc.audience === 'members' ? 'members' : 'public',
      date: doc.updatedAt ?? null,
      title: perLocale(doc.title),
      body,
      summary,
      place: {},
      themeLabels: allLabels(themes),
      facets: { type: ['module'], theme: slugs(themes), language: Object.keys(perLocale(doc.title)) },
    }
  },
}
