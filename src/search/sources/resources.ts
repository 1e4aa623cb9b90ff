import { allLabels, objects, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'
import { pathTo } from '../../content/content-types'

/** A library resource: its title and summary; the facets say what the document itself is in. */
export const resourceSource: SearchSource = {
  toIndexDocument(doc) {
    const cities = objects(doc.cities)
    const regions = objects(doc.regions)
    const countries = cities.map((c) => c.country).filter((c) => c && typeof c === 'object')
    const themes = objects(doc.themes)
    const summary = perLocale(doc.summary)
    const place = cities[0] ? perLocale(cities[0].name) : regions[0] ? perLocale(regions[0].name) : {}
    return {
      key: `resources:${doc.id}`,
      type: 'resource',
      kind: doc.type,
      slug: doc.slug,
      path: pathTo('resource', doc.slug),
      audience: doc.audience === 'members' ? 'members' : 'public',
      date: doc.publishedOn ?? null,
      title: perLocale(doc.title),
      body: summary,
      summary,
      place,
      themeLabels: allLabels(themes, 'label'),
      facets: {
        type: [doc.type],
        theme: slugs(themes),
        region: [...new Set([...slugs(regions), ...countries.map((c) => (typeof c.region === 'object' ? c.region?.slug : null)).filter(Boolean)])],
        country: countries.map((c) => c.isoCode),
        sector: slugs(objects(doc.sectors)),
        language: Array.isArray(doc.documentLanguages) ? doc.documentLanguages : [],
      },
    }
  },
}
