import type { SearchEngine } from './engine'
import { queryTokens } from './text/fold'

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

/**
 * A near spelling of the query built from indexed words (edit distance up to
 * two), or null. The caller checks it finds something before offering it.
 */
export async function nearSpelling(engine: SearchEngine, q: string): Promise<string | null> {
  const tokens = queryTokens(q)
  let changed = false
  const corrected: string[] = []
  for (const token of tokens) {
    const candidates = token.length < 4 ? [] : await engine.termsStartingWith(token.slice(0, 1), 5000)
    let best = token
    // Short words tolerate one typo, longer ones two.
    let bestDistance = candidates.includes(token) ? 0 : token.length < 7 ? 2 : 3
    for (const candidate of candidates) {
      if (Math.abs(candidate.length - token.length) > 2) continue
      const d = distance(token, candidate)
      if (d < bestDistance) {
        best = candidate
        bestDistance = d
      }
    }
    if (best !== token) changed = true
    corrected.push(best)
  }
  return changed ? corrected.join(' ') : null
}
