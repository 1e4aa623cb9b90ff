/**
 * Light stemmers: enough to make plural, feminine and common inflected forms
 * meet ("portuaires" and "portuaire", "cities" and "city"), small enough to
 * read. Input is already folded (see fold.ts).
 */
function stripFirst(word: string, rules: [string, string][], minStem: number): string {
  for (const [suffix, replacement] of rules) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) return word.slice(0, -suffix.length) + replacement
  }
  return word
}

export function stemEnglish(word: string): string {
  if (word.length <= 3) return word
  let w = stripFirst(
    word,
    [
      ['sses', 'ss'],
      ['ies', 'y'],
      ['ss', 'ss'],
      ['s', ''],
    ],
    2,
  )
  w = stripFirst(
    w,
    [
      ['ational', 'ate'],
      ['ization', 'ize'],
      ['ingly', ''],
      ['edly', ''],
      ['ing', ''],
      ['ed', ''],
      ['ly', ''],
      ['ment', ''],
    ],
    3,
  )
  return w.replace(/e$/, '')
}

export function stemFrench(word: string): string {
  if (word.length <= 3) return word
  let w = stripFirst(
    word,
    [
      ['aux', 'al'],
      ['eaux', 'eau'],
      ['s', ''],
      ['x', ''],
    ],
    2,
  )
  w = stripFirst(
    w,
    [
      ['issements', ''],
      ['issement', ''],
      ['ements', ''],
      ['ement', ''],
      ['ations', ''],
      ['ation', ''],
      ['euses', 'eu'],
      ['euse', 'eu'],
      ['eux', 'eu'],
      ['ives', 'if'],
      ['ive', 'if'],
      ['elle', 'el'],
      ['ienne', 'ien'],
    ],
    3,
  )
  return w.replace(/e$/, '')
}

const arabicPrefixes = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال']
const arabicSuffixes = ['ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'يه', 'ه', 'ي']

export function stemArabic(word: string): string {
  let w = word
  for (const p of arabicPrefixes) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = w.slice(p.length)
      break
    }
  }
  for (const s of arabicSuffixes) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length)
      break
    }
  }
  return w
}

const byLocale: Record<string, (word: string) => string> = { en: stemEnglish, fr: stemFrench, ar: stemArabic }

/** The stemmer of a content language; unknown languages are matched on exact words. */
export function stemmerFor(locale: string): (word: string) => string {
  return byLocale[locale] ?? ((w) => w)
}

/** A query word may be in any language: its stems in all of them. */
export function allStems(word: string): string[] {
  return [...new Set(Object.values(byLocale).map((stem) => stem(word)))]
}
