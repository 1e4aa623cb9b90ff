import { indexKey } from '../index-key'
import { plainText } from '../text/plain-text'
import { allLabels, excerpt, joinPerLocale, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'
import { pathTo } from '../../content/content-types'
import { readable, readableOne } from '../../content/related'

/** A city profile: every narrative section, its initiatives and its sector activities. */
export const citySource: SearchSource<'cities'> = {
  toIndexDocument(doc) {
    const country = readableOne(doc.country)
    const region = readableOne(country?.region)
    const initiatives = readable(doc.initiatives)
    const activities = readable(doc.sectorActivities)
    const background = perLocale(doc.background, plainText)
    const body = joinPerLocale([
      background,
      perLocale(doc.nationalOverview, plainText),
      perLocale(doc.localOverview, plainText),
      ...initiatives.flatMap((i) => [perLocale(i.title), perLocale(i.body, plainText)]),
      ...activities.map((a) => perLocale(a.body, plainText)),
    ])
    const themes = readable(doc.themes)
    return {
      key: indexKey('cities', doc.id),
      type: 'city',
      kind: 'city',
      slug: doc.slug,
      path: pathTo('city', doc.slug),
      audience: 'public',
      date: doc.lastReviewed ?? doc.updatedAt ?? null,
      title: perLocale(doc.name),
      body,
      summary: Object.fromEntries(Object.entries(background).map(([l, t]) => [l, excerpt(t)])),
      place: country ? perLocale(country.name) : {},
      themeLabels: allLabels(themes),
      facets: {
        type: ['city'],
        theme: slugs(themes),
        region: region ? [region.slug] : [],
        country: country ? [country.isoCode] : [],
        sector: slugs(readable(activities.map((a) => a.sector))),
        language: Object.keys(body),
      },
    }
  },
}
