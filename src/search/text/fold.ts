/**
 * Folds text for matching: lower case, Latin accents removed ("Méditerranée"
 * → "mediterranee"), Arabic diacritics, tatweel and letter variants unified.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
}

const MAX_TOKENS = 12

/** Words of a query or document, folded; punctuation and operators are just separators. */
export function tokenize(text: string, limit = Infinity): string[] {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? []
  return words.filter((w) => w.length <= 40).slice(0, limit)
}

export function queryTokens(query: string): string[] {
  return tokenize(query, MAX_TOKENS)
}
