import type { FuzzRequest } from './client'
import type { Discovery } from './discover'
import { formRequest } from './form-requests'
import { graphqlRequest } from './graphql-requests'
import { type Random, seededRandom } from './random'
import { collectionRequest, globalRequest } from './rest-requests'
import { siteMethodRequest, siteRequest } from './site-requests'
import type { Targets } from './targets'

/** The storm's families and their shares: site pages are cheap and many, forms and GraphQL costlier. */
type Make = (targets: Targets, discovery: Discovery, rnd: Random, turn: number, seed: number) => FuzzRequest[]
const families: { name: string; share: number; make: Make }[] = [
  { name: 'site page', share: 0.34, make: (t, d, r, i) => siteRequest(t, d, r, i) },
  { name: 'site method', share: 0.04, make: (t, d, r, i) => siteMethodRequest(t, d, r, i) },
  { name: 'form', share: 0.2, make: (_t, d, r, i, seed) => formRequest(d, r, i, seed) },
  { name: 'rest', share: 0.27, make: (t, _d, r, i) => collectionRequest(t, r, i) },
  { name: 'global', share: 0.03, make: (t, _d, r, i) => globalRequest(t, r, i) },
  { name: 'graphql', share: 0.12, make: (t, _d, r, i) => graphqlRequest(t, r, i) },
]

export type FamilyRequest = FuzzRequest & { family: string }

/**
 * `count` requests from `seed`, the same ones on every run with that seed.
 * Each family walks its targets in turn (every route, form, collection and
 * GraphQL field comes up) and draws the hostile values at random.
 */
export function generateRequests(targets: Targets, discovery: Discovery, seed: number, count: number): FamilyRequest[] {
  const rnd = seededRandom(seed)
  const turns = new Map<string, number>()
  const out: FamilyRequest[] = []
  while (out.length < count) {
    let roll = rnd.next()
    const family = families.find((f) => (roll -= f.share) < 0) ?? families[0]
    const turn = turns.get(family.name) ?? 0
    turns.set(family.name, turn + 1)
    for (const request of family.make(targets, discovery, rnd, turn, seed)) out.push({ ...request, family: family.name })
  }
  return out.slice(0, count)
}
