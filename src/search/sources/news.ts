import { indexKey } from '../index-key'
import { plainText } from '../text/plain-text'
import { allLabels, joinPerLocale, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'
import { pathTo } from '../../content/content-types'
import { readable } from '../../content/related'

/** A news article or press release: its summary and full text. */
export const newsSource: SearchSource<'news-articles'> = {
  toIndexDocument(doc) {
    const cities = readable(doc.cities)
    const regions = readable(doc.regions)
    const themes = readable(doc.themes)
    const summary = perLocale(doc.summary)
    const body = joinPerLocale([summary, perLocale(doc.body, plainText)])
    return {
      key: indexKey('news-articles', doc.id),
      type: 'news',
      kind: doc.type,
      slug: doc.slug,
      path: pathTo('newsArticle', doc.slug),
      audience: 'public',
      date: doc.publishedOn ?? null,
      title: perLocale(doc.title),
      body,
      summary,
      place: cities[0] ? perLocale(cities[0].name) : regions[0] ? perLocale(regions[0].name) : {},
      themeLabels: allLabels(themes),
      facets: {
        type: [doc.type],
        theme: slugs(themes),
        region: slugs(regions),
        country: readable(cities.map((c) => c.country)).map((c) => c.isoCode),
        language: Object.keys(body),
      },
    }
  },
}
