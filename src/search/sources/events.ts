import { indexKey } from '../index-key'
import { plainText } from '../text/plain-text'
import { joinPerLocale, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'
import { pathTo } from '../../content/content-types'
import { readable, readableOne } from '../../content/related'

/** An event: its summary, description and agenda. */
export const eventSource: SearchSource<'events'> = {
  toIndexDocument(doc) {
    const host = readableOne(doc.hostCity)
    const cities = readable(doc.cities)
    const summary = perLocale(doc.summary)
    const body = joinPerLocale([summary, perLocale(doc.description, plainText), ...readable(doc.agenda).map((s) => perLocale(s.title))])
    return {
      key: indexKey('events', doc.id),
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
        region: slugs(readable(doc.regions)),
        country: readable([host, ...cities].map((c) => c?.country)).map((c) => c.isoCode),
        language: Object.keys(body),
      },
    }
  },
}
