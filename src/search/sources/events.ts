import { plainText } from '../text/plain-text'
import { joinPerLocale, objects, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'
import { pathTo } from '../../content/content-types'

/** An event: its summary, description and agenda. */
export const eventSource: SearchSource = {
  toIndexDocument(doc) {
    const host = doc.hostCity && typeof doc.hostCity === 'object' ? doc.hostCity : null
    const cities = objects(doc.cities)
    const summary = perLocale(doc.summary)
    const body = joinPerLocale([summary, perLocale(doc.description, plainText), ...objects(doc.agenda).map((s) => perLocale(s.title))])
    return {
      key: `events:${doc.id}`,
      type: 'event',
      kind: doc.type,
      slug: doc.slug,
      path: pathTo('event', doc.slug),
      audience: 'public',
      date: doc.startsAt ?? null,
      title: perLocale(doc.title),
      body,
      summary,
      place: host ? perLocale(host.name) : perLocale(doc.venue),
      themeLabels: [],
      facets: {
        type: [doc.type],
        region: slugs(objects(doc.regions)),
        country: [host, ...cities].map((c) => (c && typeof c.country === 'object' ? c.country?.isoCode : null)).filter(Boolean),
        language: Object.keys(body),
      },
    }
  },
}
