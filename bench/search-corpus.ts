import type { Locale } from '../src/content/locales'
import type { IndexDocument } from '../src/search/types'

/**
 * A reproducible corpus in three languages: real words that queries use,
 * mixed with generated words in a Zipf-like distribution so the vocabulary
 * and posting lists have the shape of real text.
 */
const seedWords: Record<Locale, string[]> = {
  en: [
    'youth',
    'prevention',
    'schools',
    'community',
    'police',
    'radicalisation',
    'returnees',
    'mentoring',
    'city',
    'social',
    'workers',
    'dialogue',
    'online',
    'hate',
    'families',
    'partnership',
    'training',
    'mayor',
    'trust',
    'violence',
  ],
  fr: [
    'jeunesse',
    'prévention',
    'écoles',
    'communauté',
    'police',
    'radicalisation',
    'retours',
    'mentorat',
    'ville',
    'sociale',
    'travailleurs',
    'dialogue',
    'haine',
    'familles',
    'partenariat',
    'formation',
    'maire',
    'confiance',
    'violence',
    'portuaire',
  ],
  ar: [
    'الشباب',
    'الوقاية',
    'المدارس',
    'المجتمع',
    'الشرطة',
    'التطرف',
    'العائدون',
    'الإرشاد',
    'المدينة',
    'الاجتماعية',
    'الحوار',
    'الكراهية',
    'الأسر',
    'الشراكة',
    'التدريب',
    'رئيس',
    'الثقة',
    'العنف',
    'المحلية',
    'البلدية',
  ],
}
const syllables: Record<Locale, string[]> = {
  en: ['ka', 'ter', 'lon', 'mi', 'sen', 'ra', 'dul', 've', 'tor', 'nis', 'pe', 'gar'],
  fr: ['pré', 'sen', 'ta', 'lié', 'mon', 'ré', 'ga', 'tion', 'vel', 'ro', 'che', 'mé'],
  ar: ['ما', 'كر', 'سل', 'تن', 'جم', 'رو', 'حد', 'لي', 'عب', 'نف', 'قد', 'بر'],
}
const themes = ['youth-engagement', 'foreign-terrorist-fighters', 'local-communications', 'schools-education', 'social-work', 'online-harms']
const types = ['case-study', 'guide', 'toolkit', 'report', 'policy-document', 'position-paper', 'video', 'training-material']
const regions = ['europe', 'south-asia', 'western-balkans', 'north-america', 'middle-east-north-africa', 'east-southern-africa']

const VOCABULARY = 20_000
// Zipf's law (s = 1): the word of rank r appears in proportion to 1 / r.
const cumulative = (() => {
  const weights = Array.from({ length: VOCABULARY }, (_, r) => 1 / (r + 1))
  const total = weights.reduce((a, b) => a + b, 0)
  let sum = 0
  return weights.map((w) => (sum += w / total))
})()

function zipfRank(u: number): number {
  let lo = 0
  let hi = VOCABULARY - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cumulative[mid] < u) lo = mid + 1
    else hi = mid
  }
  return lo
}

function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function corpus(count: number, offset = 0): IndexDocument[] {
  const rnd = random(42 + offset)
  const vocab = Object.fromEntries(
    (Object.keys(seedWords) as Locale[]).map((l) => {
      const words = Array.from({ length: VOCABULARY }, () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => syllables[l][Math.floor(rnd() * 12)]).join(''))
      // The words queries use sit where topical words sit in real text: frequent, not stop words.
      for (const [i, w] of seedWords[l].entries()) words[60 + i * 25] = w
      return [l, words]
    }),
  ) as Record<Locale, string[]>
  const word = (l: Locale) => vocab[l][zipfRank(rnd())]
  const sentence = (l: Locale, n: number) => Array.from({ length: n }, () => word(l)).join(' ')
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i
    const locales = (['en', 'fr', 'ar'] as Locale[]).filter((_, k) => k === n % 3 || rnd() < 0.2)
    const title = Object.fromEntries(locales.map((l) => [l, sentence(l, 6)]))
    const body = Object.fromEntries(locales.map((l) => [l, sentence(l, 120)]))
    return {
      key: `bench:${n}`,
      type: 'resource',
      kind: types[n % types.length],
      slug: `bench-${n}`,
      path: `/resources/bench-${n}`,
      audience: n % 10 === 0 ? 'members' : 'public',
      date: new Date(Date.UTC(2016, 0, 1) + (n % 3650) * 86_400_000).toISOString(),
      title,
      body,
      summary: Object.fromEntries(locales.map((l) => [l, body[l].slice(0, 200)])),
      place: {},
      themeLabels: [],
      facets: { type: [types[n % types.length]], theme: [themes[n % themes.length]], region: [regions[n % regions.length]], language: locales },
    } satisfies IndexDocument
  })
}
