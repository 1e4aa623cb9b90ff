/** A seeded generator, so a failing run can be replayed exactly (FUZZ_SEED). */
export type Random = {
  next: () => number
  int: (max: number) => number
  pick: <T>(items: readonly T[]) => T
  chance: (p: number) => boolean
}

export function seededRandom(seed: number): Random {
  // mulberry32: tiny, fast and well spread, which is all a fuzzer needs.
  let s = seed >>> 0
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  const int = (max: number) => Math.floor(next() * max)
  return { next, int, pick: (items) => items[int(items.length)], chance: (p) => next() < p }
}
