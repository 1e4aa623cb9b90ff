/**
 * Shape of the demo content files in ./data. The seed turns these into
 * Payload documents, so the files stay readable by people who write content
 * rather than code.
 */
export type LocaleCode = 'en' | 'fr' | 'ar'

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
export type DemoPerson = { slug: string; name: string; role: Localized; city: string; sample: boolean }

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

export type DemoResourceType =
  | 'case-study' | 'guide' | 'toolkit' | 'report' | 'policy-document' | 'position-paper' | 'video' | 'training-material'

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
