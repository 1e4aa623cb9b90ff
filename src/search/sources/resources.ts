import { indexKey } from '../index-key'
import { allLabels, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'
import { pathTo } from '../../content/content-types'
import { readable } from '../../content/related'

/** A library resource: its title and summary; the facets say what the document itself is in. */
export const resourceSource: SearchSource<'resources'> = {
  toIndexDocument(doc) {
    const cities = readable(doc.cities)
    const regions = readable(doc.regions)
    const countries = readable(cities.map((c) => c.country))
    const themes = readable(doc.themes)
    const summary = perLocale(doc.summary)
    const place = cities[0] ? perLocale(cities[0].name) : regions[0] ? perLocale(regions[0].name) : {}
    return {
      key: indexKey('resources', doc.id),
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
      themeLabels: allLabels(themes),
      facets: {
        type: [doc.type],
        theme: slugs(themes),
        region: [...new Set([...slugs(regions), ...slugs(readable(countries.map((c) => c.region)))])],
        country: countries.map((c) => c.isoCode),
        sector: slugs(readable(doc.sectors)),
        language: doc.documentLanguages ?? [],
      },
    }
  },
}
