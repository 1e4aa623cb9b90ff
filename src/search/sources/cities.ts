import { plainText } from '../text/plain-text'
import { allLabels, excerpt, joinPerLocale, objects, perLocale, slugs } from './helpers'
import type { SearchSource } from './types'
import { pathTo } from '../../content/content-types'

/** A city profile: every narrative section, its initiatives and its sector activities. */
export const citySource: SearchSource = {
  toIndexDocument(doc) {
    const country = doc.country && typeof doc.country === 'object' ? doc.country : null
    const region = country?.region && typeof country.region === 'object' ? country.region : null
    const initiatives = objects(doc.initiatives)
    const activities = objects(doc.sectorActivities)
    const background = perLocale(doc.background, plainText)
    const body = joinPerLocale([
      background,
      perLocale(doc.nationalOverview, plainText),
      perLocale(doc.localOverview, plainText),
      ...initiatives.flatMap((i) => [perLocale(i.title), perLocale(i.body, plainText)]),
      ...activities.map((a) => perLocale(a.body, plainText)),
    ])
    const themes = objects(doc.themes)
    return {
      key: `cities:${doc.id}`,
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
      themeLabels: allLabels(themes, 'label'),
      facets: {
        type: ['city'],
        theme: slugs(themes),
        region: region ? [region.slug] : [],
        country: country ? [country.isoCode] : [],
        sector: slugs(activities.map((a) => a.sector).filter((s) => s && typeof s === 'object')),
        language: Object.keys(body),
      },
    }
  },
}
