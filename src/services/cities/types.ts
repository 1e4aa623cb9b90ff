import type { Picture } from '../site/to-picture'
import type { InLanguage } from '../../content/i18n/pick-localized'
import type { RichTextValue } from '../../content/rich-text'

export type Term = { slug: string; label: string }

export type CitySummary = {
  id: number | string
  slug: string
  name: string
  country: { isoCode: string; name: string } | null
  region: Term | null
  population: number | null
  latitude: number
  longitude: number
  themes: Term[]
  workingGroups: Term[]
  memberSince: string | null
}

export type CityProfile = {
  slug: string
  latitude: number
  longitude: number
  name: InLanguage<string>
  country: { isoCode: string; name: string } | null
  region: Term | null
  photo: Picture | null
  population: number | null
  populationYear: number | null
  memberSince: string | null
  lastReviewed: string | null
  isSample: boolean
  background: InLanguage<RichTextValue> | null
  nationalOverview: InLanguage<RichTextValue> | null
  localOverview: InLanguage<RichTextValue> | null
  sourceGroups: { title: InLanguage<string> | null; links: { title: InLanguage<string> | null; url: string; documentLanguage: string; note: InLanguage<string> | null }[] }[]
  initiatives: { title: InLanguage<string> | null; body: InLanguage<RichTextValue> | null; url: string | null }[]
  sectorActivities: { sector: string; body: InLanguage<RichTextValue> | null }[]
  workingGroups: Term[]
  themes: Term[]
  leaders: { name: string; role: string; photo: Picture | null }[]
  /** Every language the profile has any of its own text in. */
  translations: string[]
}
