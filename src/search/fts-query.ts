import { allStems } from './text/stem'

/**
 * An FTS5 MATCH expression from query words. Every word is quoted, so
 * operators typed by visitors (OR, NEAR, *, quotes) are only ever words.
 * A word matches its exact form in the text or theme labels, or any of its
 * stems; the last word also matches as a prefix, for search-as-you-type.
 */
export function ftsMatch(tokens: string[]): string {
  return tokens
    .map((token, i) => {
      const prefix = i === tokens.length - 1 ? '*' : ''
      const stems = allStems(token)
        .map((s) => `"${s}"${prefix}`)
        .join(' OR ')
      return `({title body themes} : "${token}"${prefix} OR stems : (${stems}))`
    })
    .join(' AND ')
}
