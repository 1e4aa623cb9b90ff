/**
 * The access matrix of issues 9 and 12: every role × every collection (and
 * global) × every channel, from outside a real server. Hidden fixtures each
 * carry a marker word of their own; a check asserts that a marker shows exactly
 * where the rules allow it (REST, GraphQL, files, pages, search, feeds,
 * sitemap, exports) and that refused writes change nothing.
 *
 * The table below is the rules, not today's behaviour. Each failure names
 * role · collection · channel · request.
 */
import { randomBytes } from 'node:crypto'
import { formatNames } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { placeholderPdf } from '../../src/services/seed/placeholder-pdf'
import { type Actor, linkIn, type Reply, restLogin, type RoleName, roleNames, signInRoles, submitSiteForm, waitForMail } from '../helpers/roles'
import { type RunningServer, startServer } from '../helpers/start-server'
import { paragraph } from '../helpers/rich-text'

// ---------------------------------------------------------------------------
// Markers, roles, fixtures
// ---------------------------------------------------------------------------

const tag = Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join('')
/** One word, letters only, so search and HTML show it as typed. */
const mark = (name: string) => `zq${name}${tag}`

const M = Object.fromEntries(
  [
    'newsdraft',
    'newsembargo',
    'newslive',
    'eventdraft',
    'eventlive',
    'pagedraft',
    'persondraft',
    'youthdraft',
    'groupdraft',
    'citydraft',
    'cityedit',
    'rotterdamdraft',
    'resdraft',
    'resmembers',
    'respublic',
    'filedraft',
    'filemembers',
    'filepublic',
    'fileorphan',
    'themedraft',
    'sectordraft',
    'regiondraft',
    'countrydraft',
    'contact',
    'registration',
    'joinlink',
    'application',
    'subscriber',
    'issue',
    'lock',
    'image',
    'moddraft',
    'modedit',
    'modmembers',
    'modpublic',
    'learner',
    'learnertwo',
    'answerown',
    'answerother',
  ].map((k) => [k, mark(k)]),
) as Record<string, string>

const staff = (r: RoleName) => r === 'editor' || r === 'admin'
const adminOnly = (r: RoleName) => r === 'admin'
const signedIn = (r: RoleName) => r !== 'anonymous'
const nobody = (_r: RoleName) => false
const everyone = (_r: RoleName) => true
const staffOrCityEditor = (r: RoleName) => staff(r) || r === 'city-editor'

type Id = number | string
let server: RunningServer
let as: Record<RoleName, Actor>
const fx = {} as Record<string, any>
let checks = 0

const config = await (await import('../../src/cms/payload.config')).default

// ---------------------------------------------------------------------------
// Assertions that say who asked what
// ---------------------------------------------------------------------------

type Expect = typeof expect
const ok = (r: Reply) => r.status >= 200 && r.status < 300
const refusedStatus = (r: Reply) => (r.status >= 400 && r.status < 500) || r.status === 501

function probe(e: Expect, role: RoleName, slug: string, channel: string) {
  const where = (r: Reply | string) => `${role} · ${slug} · ${channel} · ${typeof r === 'string' ? r : `${r.request} → ${r.status}`}`
  const that = (cond: boolean, r: Reply | string, what: string) => {
    checks++
    e.soft(cond, `${where(r)}: ${what}`).toBe(true)
  }
  return {
    that,
    shows: (r: Reply, marker: string, expected: boolean) => that(r.text.includes(marker) === expected, r, `${expected ? 'must show' : 'must not show'} ${marker}`),
    ok: (r: Reply) => that(ok(r), r, 'must succeed (2xx)'),
    refused: (r: Reply) => that(refusedStatus(r), r, 'must be refused (4xx)'),
    /** A list the role may not read: 403, or an empty list; never a document. */
    nothing: (r: Reply) =>
      that(refusedStatus(r) || (r.status === 200 && (r.json?.docs?.length ?? 0) === 0 && (r.json?.totalDocs ?? 0) === 0), r, 'must give nothing (403 or an empty list)'),
    /** GraphQL: an error or null/empty data; never a document. */
    gqlNothing: (r: Reply, field: string) => {
      const value = r.json?.data?.[field]
      that(value == null || (Array.isArray(value.docs) && value.docs.length === 0 && !value.totalDocs), r, `${field} must give nothing (error, null or empty)`)
    },
  }
}

// Memoised public fetches: one per role and URL for the whole file.
const fetched = new Map<string, Promise<Reply>>()
const pageAs = (role: RoleName, url: string) => {
  const key = `${role} ${url}`
  if (!fetched.has(key)) fetched.set(key, as[role].page(url))
  return fetched.get(key)!
}

async function must(r: Promise<Reply> | Reply, what: string): Promise<any> {
  const res = await r
  if (!ok(res)) throw new Error(`Fixture "${what}" failed: ${res.request} → ${res.status} ${res.text.slice(0, 300)}`)
  return res.json
}

const pdf = (marker: string) => new Blob([new Uint8Array(placeholderPdf(`File ${marker}`, marker))], { type: 'application/pdf' })
const uploadForm = (file: Blob, filename: string, data: Record<string, unknown> = {}) => {
  const form = new FormData()
  form.append('file', file, filename)
  form.append('_payload', JSON.stringify(data))
  return form
}
let pngBytes: Uint8Array
const png = () => new Blob([new Uint8Array(pngBytes)], { type: 'image/png' })

/** How many documents a REST list holds, as the admin sees them (drafts included). */
async function adminCount(path: string): Promise<number> {
  const r = await as.admin.rest('GET', path)
  return r.json?.totalDocs ?? -1
}

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

const channels = [
  'rest-list',
  'rest-id',
  'rest-draft',
  'rest-versions',
  'rest-version-id',
  'rest-depth',
  'rest-where',
  'graphql',
  'graphql-versions',
  'file-url',
  'pages',
  'search',
  'feeds',
  'sitemap',
  'exports',
  'create',
  'update',
  'delete',
  'file-replace',
  'unlock',
  'protected-fields',
] as const
type Channel = (typeof channels)[number]
type P = ReturnType<typeof probe>
type ChannelSpec = { roles: RoleName[]; run: (role: RoleName, t: P) => Promise<void> }
type Row = { slug: string; kind: string; channels: Partial<Record<Channel, ChannelSpec>> }

const allRoles = [...roleNames]
const spec = (run: ChannelSpec['run'], roles: RoleName[] = allRoles): ChannelSpec => ({ roles, run })

/** A hidden thing: a document (kind "doc") or a draft edit of a published one (kind "edit"). */
type Secret = { marker: string; kind: 'doc' | 'edit'; id: () => Id; versionId?: () => Id; readers: (r: RoleName) => boolean }

function gqlNames(slug: string) {
  const collection = config.collections.find((c) => c.slug === slug)!
  const graphQL = (collection.graphQL || {}) as { singularName?: string; pluralName?: string }
  const names = formatNames(slug)
  const singular = graphQL.singularName ?? names.singular
  const plural = graphQL.pluralName ?? names.plural
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

type WhereProbe = { query: () => string; compare?: () => string; hiddenFrom: (r: RoleName) => boolean; shownTo?: (r: RoleName) => boolean }

function whereChannel(slug: string, probes: WhereProbe[]): ChannelSpec {
  const roles = allRoles.filter((r) => probes.some((p) => p.hiddenFrom(r) || p.shownTo?.(r)))
  return spec(async (role, t) => {
    for (const p of probes) {
      const path = `/api/${slug}?${p.query()}&depth=0&limit=1`
      const r = await as[role].rest('GET', path)
      const count = ok(r) ? (r.json?.totalDocs ?? 0) : 0
      if (p.hiddenFrom(role)) {
        if (p.compare) {
          const other = await as[role].rest('GET', `/api/${slug}?${p.compare()}&depth=0&limit=1`)
          const otherCount = ok(other) ? (other.json?.totalDocs ?? 0) : 0
          t.that(count === otherCount && ok(r) === ok(other), r, `must answer as for ${other.request} (${other.status}, ${otherCount} docs), not ${count} docs`)
        } else t.that(count === 0, r, `must count 0, not ${count}`)
      } else if (p.shownTo?.(role)) t.that(count >= 1, r, `must count at least 1 (the probe is meaningful), got ${count}`)
    }
  }, roles)
}

type DepthProbe = { path: () => string; markers: { marker: string; readers: (r: RoleName) => boolean }[] }
const depthChannel = (probes: DepthProbe[]): ChannelSpec =>
  spec(async (role, t) => {
    for (const p of probes) {
      const r = await as[role].rest('GET', p.path())
      for (const m of p.markers) t.shows(r, m.marker, m.readers(role))
    }
  })

type PublicSecret = { marker: string; readers: (r: RoleName) => boolean }
type PublicSpec = {
  secrets: PublicSecret[]
  /** Listing pages where no hidden marker may show to a role that may not see it. */
  pages?: () => string[]
  /** The collection's own pages; one a role may not read answers `refused` (404 unless given). `echo`: the part of the address a sign-in page repeats (its last segment unless given). */
  own?: () => { url: string; readers: (r: RoleName) => boolean; refused?: 403 | 404; echo?: string }[]
  search?: boolean
  library?: boolean
  feeds?: boolean
  sitemap?: boolean
  exports?: boolean
  /** Something published that must show, so an empty answer cannot pass. */
  controls?: Partial<Record<'feeds' | 'sitemap' | 'exports' | 'search', () => string>>
}

const feedUrls = ['/en/news/feed.xml', '/en/news/atom.xml', '/en/events/feed.xml', '/en/events/atom.xml', '/en/events/calendar.ics', '/fr/news/feed.xml', '/ar/events/feed.xml']
const exportUrls = ['/en/cities.csv', '/en/cities.json', '/fr/cities.json']

function publicChannels(pub: PublicSpec): Partial<Record<Channel, ChannelSpec>> {
  const out: Partial<Record<Channel, ChannelSpec>> = {}
  const bodies = (urls: string[], role: RoleName, t: P, control?: () => string) =>
    Promise.all(
      urls.map(async (url) => {
        const r = await pageAs(role, url)
        t.that(r.status === 200, r, 'must answer 200')
        for (const s of pub.secrets) if (!s.readers(role)) t.shows(r, s.marker, false)
        return r
      }),
    ).then((replies) => {
      if (control)
        t.that(
          replies.some((r) => r.text.includes(control())),
          `${urls.join(', ')} as ${role}`,
          `must show the published control ${control()}`,
        )
    })
  if (pub.pages || pub.own) {
    out.pages = spec(async (role, t) => {
      if (pub.pages) await bodies(pub.pages(), role, t)
      for (const own of pub.own?.() ?? []) {
        const r = await pageAs(role, own.url)
        const refused = own.refused ?? 404
        if (own.readers(role)) t.that(r.status === 200, r, 'must answer 200')
        else t.that(r.status === refused, r, `must answer ${refused}`)
        // A 404 page names its own address (language links), so only a page that was served is searched for markers;
        // the sign-in page of a members-only one names it too, so its slug, which the visitor typed, is left out of the search.
        const slug = own.echo ?? own.url.split('/').pop()!
        const served = r.status === 403 ? { ...r, text: r.text.replaceAll(slug, '') } : r
        if (r.status !== 404) for (const s of pub.secrets) if (!s.readers(role)) t.shows(served, s.marker, false)
      }
    })
  }
  if (pub.search) {
    out.search = spec(async (role, t) => {
      for (const s of pub.secrets) {
        // Asked in capitals: search folds case, while the page's echo of the query keeps them, so only a hit shows the marker as stored.
        const q = s.marker.toUpperCase()
        const api = await pageAs(role, `/api/search?q=${q}&locale=en`)
        t.that(api.status === 200, api, 'must answer 200')
        const found = JSON.stringify([api.json?.results, api.json?.suggestion, api.json?.facets])
        t.that(found.includes(s.marker) === s.readers(role), api, `results ${s.readers(role) ? 'must' : 'must not'} show ${s.marker}`)
        for (const url of [`/en/search?q=${q}`, ...(pub.library ? [`/en/resources?q=${q}`] : [])]) {
          const r = await pageAs(role, url)
          t.that(r.status === 200, r, 'must answer 200')
          t.shows(r, s.marker, s.readers(role))
        }
      }
      if (pub.controls?.search) {
        const r = await pageAs(role, `/api/search?q=${pub.controls.search()}&locale=en`)
        t.that((r.json?.total ?? 0) >= 1, r, `must find the published control ${pub.controls.search()}`)
      }
    })
  }
  if (pub.feeds) out.feeds = spec((role, t) => bodies(feedUrls, role, t, pub.controls?.feeds))
  if (pub.sitemap) out.sitemap = spec((role, t) => bodies(['/sitemap.xml'], role, t, pub.controls?.sitemap))
  if (pub.exports) out.exports = spec((role, t) => bodies(exportUrls, role, t, pub.controls?.exports))
  return out
}

type Verdict = 'allow' | 'deny' | undefined
type WriteSpec = {
  text: string
  /** Data for a new document carrying a marker. */
  sample?: (marker: string) => Record<string, unknown> | FormData
  create?: (r: RoleName) => Verdict
  update?: (r: RoleName) => Verdict
  delete?: (r: RoleName) => Verdict
  /** The document refused roles try to change or delete. */
  target?: () => Id
  /** A fresh document for a role allowed to delete (made as the admin). */
  fresh?: (role: RoleName) => Promise<Id>
  /** The change an update makes, and where the admin reads it back. */
  change?: (marker: string) => Record<string, unknown>
  readBack?: (id: Id) => string
  /** Where the admin looks for a created marker. */
  findCreated?: (marker: string) => string
}

function writeChannels(slug: string, w: WriteSpec): Partial<Record<Channel, ChannelSpec>> {
  const out: Partial<Record<Channel, ChannelSpec>> = {}
  const rolesFor = (v?: (r: RoleName) => Verdict) => allRoles.filter((r) => v?.(r))
  const readBack = w.readBack ?? ((id: Id) => `/api/${slug}/${id}?depth=0&draft=true`)
  const findCreated = w.findCreated ?? ((marker: string) => `/api/${slug}?where[${w.text}][like]=${marker}&depth=0&draft=true`)
  if (w.create && w.sample) {
    out.create = spec(async (role, t) => {
      const marker = mark(`new${role.replace('-', '')}`)
      const r = await as[role].rest('POST', `/api/${slug}`, w.sample!(marker))
      const made = await adminCount(findCreated(marker))
      if (w.create!(role) === 'allow') {
        t.ok(r)
        t.that(made === 1, r, `the admin must find the new document (found ${made})`)
        const id = r.json?.doc?.id
        if (id != null) await as.admin.rest('DELETE', `/api/${slug}/${id}`)
      } else {
        t.refused(r)
        t.that(made === 0, r, `must create nothing (the admin finds ${made})`)
        if (made > 0) for (const d of (await as.admin.rest('GET', findCreated(marker))).json?.docs ?? []) await as.admin.rest('DELETE', `/api/${slug}/${d.id}`)
      }
    }, rolesFor(w.create))
  }
  if (w.update && w.target && w.change) {
    out.update = spec(async (role, t) => {
      const marker = mark(`upd${role.replace('-', '')}`)
      const id = w.target!()
      const r = await as[role].rest('PATCH', `/api/${slug}/${id}`, w.change!(marker))
      const after = await as.admin.rest('GET', readBack(id))
      if (w.update!(role) === 'allow') {
        t.ok(r)
        t.that(after.text.includes(marker), after, `the admin must read the change ${marker}`)
      } else {
        t.refused(r)
        t.that(!after.text.includes(marker), after, `must be unchanged (no ${marker})`)
      }
    }, rolesFor(w.update))
  }
  if (w.delete && w.target) {
    out.delete = spec(async (role, t) => {
      if (w.delete!(role) === 'allow') {
        const id = await w.fresh!(role)
        const r = await as[role].rest('DELETE', `/api/${slug}/${id}`)
        t.ok(r)
        const after = await as.admin.rest('GET', `/api/${slug}/${id}?depth=0`)
        t.that(after.status === 404, after, 'must be gone')
      } else {
        const id = w.target!()
        const r = await as[role].rest('DELETE', `/api/${slug}/${id}`)
        t.refused(r)
        const after = await as.admin.rest('GET', `/api/${slug}/${id}?depth=0&draft=true`)
        t.that(after.status === 200, after, 'must still exist')
      }
    }, rolesFor(w.delete))
  }
  return out
}

/** Reads of a collection through REST (list, by id, ?draft=true, versions) and GraphQL, against its secrets. */
function readChannels(
  slug: string,
  text: string,
  secrets: Secret[],
  o: { drafts: boolean; versionReaders?: (r: RoleName) => 'all' | 'own' | 'none'; listReaders?: (r: RoleName) => boolean; graphql: boolean },
): Partial<Record<Channel, ChannelSpec>> {
  const out: Partial<Record<Channel, ChannelSpec>> = {}
  const { singular, plural } = gqlNames(slug)
  out['rest-list'] = spec(async (role, t) => {
    const r = await as[role].rest('GET', `/api/${slug}?limit=100&sort=-createdAt&depth=0`)
    if (o.listReaders && !o.listReaders(role)) t.nothing(r)
    for (const s of secrets) if (s.kind === 'doc' || !s.readers(role)) t.shows(r, s.marker, s.kind === 'doc' && s.readers(role))
  })
  out['rest-id'] = spec(async (role, t) => {
    for (const s of secrets) {
      const r = await as[role].rest('GET', `/api/${slug}/${s.id()}?depth=0${s.kind === 'edit' ? '&draft=true' : ''}`)
      if (s.readers(role)) t.that(r.status === 200, r, 'must answer 200')
      else if (s.kind === 'doc') t.refused(r)
      t.shows(r, s.marker, s.readers(role))
    }
  })
  if (o.graphql) {
    out.graphql = spec(async (role, t) => {
      const draftArg = o.drafts ? ', draft: true' : ''
      const docs = secrets.filter((s) => s.kind === 'doc' || o.drafts)
      const query = `{ list: ${plural}(limit: 100, sort: "-createdAt"${draftArg}) { totalDocs docs { id ${text} } } ${docs.map((s, i) => `d${i}: ${singular}(id: ${JSON.stringify(s.id())}${draftArg}) { id ${text} }`).join(' ')} }`
      const r = await as[role].graphql(query)
      if (o.listReaders && !o.listReaders(role)) t.gqlNothing(r, 'list')
      for (const s of docs) t.shows(r, s.marker, s.readers(role))
    })
  }
  if (!o.drafts) return out
  const versionReaders = o.versionReaders ?? ((r: RoleName) => (staff(r) ? 'all' : 'none'))
  const inVersions = (s: Secret, role: RoleName) => versionReaders(role) !== 'none' && s.readers(role)
  out['rest-draft'] = spec(async (role, t) => {
    const r = await as[role].rest('GET', `/api/${slug}?draft=true&limit=100&sort=-updatedAt&depth=0`)
    for (const s of secrets) t.shows(r, s.marker, s.readers(role))
    for (const s of secrets.filter((x) => x.kind === 'edit')) {
      const one = await as[role].rest('GET', `/api/${slug}/${s.id()}?draft=true&depth=0`)
      t.shows(one, s.marker, s.readers(role))
    }
  })
  out['rest-versions'] = spec(async (role, t) => {
    const r = await as[role].rest('GET', `/api/${slug}/versions?limit=100&sort=-updatedAt&depth=0`)
    const may = versionReaders(role)
    if (may === 'none') t.nothing(r)
    if (may === 'own') {
      const foreign = (r.json?.docs ?? []).filter((d: any) => !fx.assignedCities.includes(typeof d.parent === 'object' ? d.parent?.id : d.parent))
      t.that(foreign.length === 0, r, `must list versions of assigned cities only, not of ${foreign.map((d: any) => d.parent?.id ?? d.parent).join(', ')}`)
    }
    for (const s of secrets) t.shows(r, s.marker, inVersions(s, role))
  })
  out['rest-version-id'] = spec(async (role, t) => {
    for (const s of secrets.filter((x) => x.versionId)) {
      const r = await as[role].rest('GET', `/api/${slug}/versions/${s.versionId!()}?depth=0`)
      if (inVersions(s, role)) t.that(r.status === 200, r, 'must answer 200')
      else t.refused(r)
      t.shows(r, s.marker, inVersions(s, role))
    }
  })
  out['graphql-versions'] = spec(async (role, t) => {
    const withVersion = secrets.filter((x) => x.versionId)
    const query = `{ list: versions${plural}(limit: 100, sort: "-updatedAt") { totalDocs docs { id parent { id } version { ${text} } } } ${withVersion.map((s, i) => `v${i}: version${singular}(id: ${JSON.stringify(s.versionId!())}) { id version { ${text} } }`).join(' ')} }`
    const r = await as[role].graphql(query)
    const may = versionReaders(role)
    if (may === 'none') t.gqlNothing(r, 'list')
    if (may === 'own') {
      const foreign = (r.json?.data?.list?.docs ?? []).filter((d: any) => !fx.assignedCities.includes(d.parent?.id))
      t.that(foreign.length === 0, r, 'must list versions of assigned cities only')
    }
    for (const s of secrets) t.shows(r, s.marker, inVersions(s, role))
  })
  return out
}

const draftWhere = (slug: string, hiddenFrom: (r: RoleName) => boolean = (r) => !staff(r)): WhereProbe => ({
  query: () => 'where[_status][equals]=draft',
  hiddenFrom,
  shownTo: staff,
})

/** A draft-only document: seen by staff (and the city editor of its city) on REST/GraphQL, nowhere in public. */
const draftDoc = (marker: string, key: string, readers: (r: RoleName) => boolean = staff): Secret => ({
  marker,
  kind: 'doc',
  id: () => fx[key].id,
  versionId: () => fx[key].versionId,
  readers,
})
const draftEdit = (marker: string, key: string, readers: (r: RoleName) => boolean = staff): Secret => ({
  marker,
  kind: 'edit',
  id: () => fx[key].id,
  versionId: () => fx[key].versionId,
  readers,
})

function contentRow(
  slug: string,
  text: string,
  o: {
    secrets: Secret[]
    sample: (marker: string) => Record<string, unknown>
    pub?: PublicSpec
    depth?: DepthProbe[]
    where?: WhereProbe[]
    versionReaders?: (r: RoleName) => 'all' | 'own' | 'none'
    create?: (r: RoleName) => Verdict
    update?: WriteSpec['update']
    extra?: Partial<Record<Channel, ChannelSpec>>
    change?: WriteSpec['change']
    target?: () => Id
  },
): Row {
  return {
    slug,
    kind: 'content with drafts',
    channels: {
      ...readChannels(slug, text, o.secrets, { drafts: true, versionReaders: o.versionReaders, graphql: true }),
      'rest-where': whereChannel(slug, [draftWhere(slug), ...(o.where ?? [])]),
      ...(o.depth ? { 'rest-depth': depthChannel(o.depth) } : {}),
      ...(o.pub ? publicChannels(o.pub) : {}),
      ...writeChannels(slug, {
        text,
        sample: (marker) => ({ ...o.sample(marker), _status: 'published' }),
        create: o.create ?? ((r) => (staff(r) ? 'allow' : 'deny')),
        update: o.update ?? ((r) => (staff(r) ? 'allow' : 'deny')),
        delete: (r) => (staff(r) ? 'allow' : 'deny'),
        target: o.target ?? (() => fx.targets[slug]),
        fresh: () => freshDoc(slug, o.sample),
        change: o.change ?? ((marker) => ({ [text]: marker })),
      }),
      ...o.extra,
    },
  }
}

async function freshDoc(slug: string, sample: (marker: string) => Record<string, unknown>): Promise<Id> {
  const json = await must(
    as.admin.rest('POST', `/api/${slug}`, { ...sample(mark(`fresh${randomBytes(3).toString('hex').replace(/\d/g, 'x')}`)), _status: 'published' }),
    `fresh ${slug}`,
  )
  return json.doc.id
}

/**
 * Inbox and machinery: one reader group on every channel, nothing for anyone else. `others`: documents whose readers
 * differ (another learner's records, say); writes aim at `secret`.
 */
function privateRow(
  slug: string,
  text: string,
  readers: (r: RoleName) => boolean,
  o: {
    secret: () => { id: Id; marker: string }
    others?: { secret: () => { id: Id; marker: string }; readers: (r: RoleName) => boolean }[]
    extra?: Partial<Record<Channel, ChannelSpec>>
    where?: WhereProbe[]
    create?: (r: RoleName) => Verdict
    update?: (r: RoleName) => Verdict
    delete?: (r: RoleName) => Verdict
    sample?: (marker: string) => Record<string, unknown>
    change?: (marker: string) => Record<string, unknown>
    fresh?: () => Promise<Id>
    kind: string
  },
): Row {
  const secretOf = (get: () => { id: Id; marker: string }, may: (r: RoleName) => boolean): Secret => {
    const secret: Secret = { marker: '', kind: 'doc', id: () => get().id, readers: may }
    Object.defineProperty(secret, 'marker', { get: () => get().marker })
    return secret
  }
  const others = o.others ?? []
  const secrets = [secretOf(o.secret, readers), ...others.map((d) => secretOf(d.secret, d.readers))]
  const listReaders = (r: RoleName) => readers(r) || others.some((d) => d.readers(r))
  return {
    slug,
    kind: o.kind,
    channels: {
      ...readChannels(slug, text, secrets, { drafts: false, listReaders, graphql: true }),
      ...(o.where ? { 'rest-where': whereChannel(slug, o.where) } : {}),
      ...writeChannels(slug, {
        text,
        sample: o.sample,
        create: o.create,
        update: o.update,
        delete: o.delete,
        change: o.change,
        target: () => o.secret().id,
        fresh: async () => o.fresh!(),
      }),
      ...o.extra,
    },
  }
}

/** The member took the public module, as did another learner: each reads their own records, staff read them all. */
const ownLearner = (r: RoleName) => staff(r) || r === 'member'
type LearnerRecords = Record<'enrolment' | 'answer' | 'attempt' | 'certificate', { id: Id; marker: string }>

/** A learner's records, which only the site writes: nobody creates or changes them through the API; the admin deletes. */
function learnerRow(
  slug: string,
  text: string,
  record: keyof LearnerRecords,
  o: {
    where: WhereProbe[]
    sample: (marker: string) => Record<string, unknown>
    change: (marker: string) => Record<string, unknown>
    update?: (r: RoleName) => Verdict
    fresh: () => Id
    extra?: Partial<Record<Channel, ChannelSpec>>
  },
): Row {
  const memberId = () => as.member.user!.id
  return privateRow(slug, text, ownLearner, {
    kind: "learner records: staff, or the learner's own; only the site writes",
    secret: () => (fx.learnerOwn as LearnerRecords)[record],
    others: [{ secret: () => (fx.learnerOther as LearnerRecords)[record], readers: staff }],
    where: [
      // Another member's rows, asked for by their id, as anyone's but one's own, and by a word only they wrote; one's own by id.
      { query: () => `where[member][equals]=${fx.learnerOtherId}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
      { query: () => `where[member][not_equals]=${memberId()}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
      { query: () => `where[member][equals]=${memberId()}`, hiddenFrom: (r) => !ownLearner(r), shownTo: ownLearner },
      ...o.where,
    ],
    create: () => 'deny',
    sample: o.sample,
    update: o.update ?? (() => 'deny'),
    change: o.change,
    delete: (r) => (r === 'admin' ? 'allow' : 'deny'),
    fresh: async () => o.fresh(),
    extra: o.extra,
  })
}

/** What a learner's records point at, for the documents refused roles try to create. */
const learnerLinks = () => ({ enrolment: fx.learnerOwn.enrolment.id, module: fx.modPublic.id, member: as.member.user!.id })

const cityPages = () => [
  '/en/cities',
  '/en/regions',
  `/en/regions/${fx.regionSlug}`,
  '/en/steering-committee',
  '/en',
  '/en/cities/amman',
  '/en/cities/rotterdam',
  `/en/events/${fx.eventLive.slug}`,
]

const rows: Row[] = [
  contentRow('cities', 'name', {
    secrets: [draftDoc(M.citydraft, 'cityDraft'), draftEdit(M.cityedit, 'cityEdit'), draftEdit(M.rotterdamdraft, 'rotterdamDraft', staffOrCityEditor)],
    versionReaders: (r) => (staff(r) ? 'all' : r === 'city-editor' ? 'own' : 'none'),
    sample: (marker) => ({ name: `City ${marker}`, country: fx.countryId, latitude: 10, longitude: 10 }),
    where: [{ query: () => `where[name][like]=${M.citydraft}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    depth: [{ path: () => `/api/events/${fx.eventLive.id}?depth=5`, markers: [{ marker: M.citydraft, readers: staff }] }],
    pub: {
      secrets: [M.citydraft, M.cityedit, M.rotterdamdraft].map((marker) => ({ marker, readers: nobody })),
      pages: cityPages,
      own: () => [{ url: `/en/cities/${fx.cityDraft.slug}`, readers: nobody }],
      search: true,
      sitemap: true,
      exports: true,
      controls: { exports: () => 'rotterdam', sitemap: () => '/cities/rotterdam', search: () => 'rotterdam' },
    },
    // A city editor edits Rotterdam (allowed) and another city (refused): both checked in "update".
    update: (r) => (staff(r) ? 'allow' : r === 'city-editor' ? undefined : 'deny'),
    change: (marker) => ({ name: `City ${marker}` }),
    extra: {
      'protected-fields': spec(
        async (role, t) => {
          // Rotterdam's own editor may edit Rotterdam, but neither another city nor the steering-committee group.
          const own = await as[role].rest('PATCH', `/api/cities/${fx.rotterdamId}?draft=true`, { population: 612_345 })
          t.ok(own)
          const other = await as[role].rest('PATCH', `/api/cities/${fx.targets.cities}`, { name: `City ${mark('othercity')}` })
          t.refused(other)
          const otherAfter = await as.admin.rest('GET', `/api/cities/${fx.targets.cities}?draft=true&depth=0`)
          t.that(!otherAfter.text.includes(mark('othercity')), otherAfter, 'another city must be unchanged')
          const committee = await as[role].rest('PATCH', `/api/cities/${fx.rotterdamId}?draft=true`, { steeringCommittee: { member: true } })
          const after = await as.admin.rest('GET', `/api/cities/${fx.rotterdamId}?draft=true&depth=0`)
          t.that(after.json?.steeringCommittee?.member !== true, committee, 'the steering-committee group must stay staff-only (member still false)')
        },
        ['city-editor'],
      ),
    },
  }),
  contentRow('resources', 'title', {
    secrets: [draftDoc(M.resdraft, 'resDraft'), { marker: M.resmembers, kind: 'doc', id: () => fx.resMembers.id, readers: signedIn }],
    sample: (marker) => ({
      title: `Resource ${marker}`,
      type: 'guide',
      audience: 'public',
      documentLanguages: ['en'],
      publishedOn: '2026-01-01',
      externalUrl: 'https://example.org/r',
    }),
    where: [
      { query: () => 'where[audience][equals]=members', hiddenFrom: (r) => r === 'anonymous', shownTo: signedIn },
      { query: () => `where[title][like]=${M.resdraft}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
    ],
    depth: [
      ...[() => `/api/events/${fx.eventLive.id}?depth=5`, () => `/api/training-modules/${fx.modPublic.id}?depth=5`].map((path) => ({
        path,
        markers: [
          { marker: M.resdraft, readers: staff },
          { marker: M.resmembers, readers: signedIn },
        ],
      })),
    ],
    pub: {
      secrets: [
        { marker: M.resdraft, readers: nobody },
        { marker: M.resmembers, readers: signedIn },
      ],
      pages: () => ['/en/resources', '/en', `/en/events/${fx.eventLive.slug}`, `/en/resources/${fx.resPublic.slug}`, `/en/modules/${fx.modPublic.slug}/lessons/1`],
      own: () => [
        { url: `/en/resources/${fx.resDraft.slug}`, readers: nobody },
        // A members-only page asks the others to sign in (403), without a word of the resource.
        { url: `/en/resources/${fx.resMembers.slug}`, readers: signedIn, refused: 403 },
      ],
      search: true,
      library: true,
      sitemap: true,
      controls: { search: () => M.respublic, sitemap: () => fx.resPublic.slug },
    },
    // "POST /api/resources with _status: published by a city editor created a public resource."
    create: (r) => (staff(r) ? 'allow' : 'deny'),
  }),
  contentRow('training-modules', 'title', {
    secrets: [draftDoc(M.moddraft, 'modDraft'), draftEdit(M.modedit, 'modPublic'), { marker: M.modmembers, kind: 'doc', id: () => fx.modMembers.id, readers: signedIn }],
    sample: (marker) => moduleData(`Module ${marker}`, 'public'),
    where: [
      { query: () => 'where[audience][equals]=members', hiddenFrom: (r) => r === 'anonymous', shownTo: signedIn },
      { query: () => `where[title][like]=${M.moddraft}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
    ],
    pub: {
      secrets: [
        { marker: M.moddraft, readers: nobody },
        { marker: M.modedit, readers: nobody },
        { marker: M.modmembers, readers: signedIn },
      ],
      pages: () => ['/en/modules', '/fr/modules', '/en', `/en/modules/${fx.modPublic.slug}`, `/en/modules/${fx.modPublic.slug}/lessons/1`],
      own: () => [
        { url: `/en/modules/${fx.modDraft.slug}`, readers: nobody },
        { url: `/en/modules/${fx.modDraft.slug}/lessons/1`, readers: nobody },
        // Members-only: the module and its lessons ask the others to sign in (403), without a word of the module.
        { url: `/en/modules/${fx.modMembers.slug}`, readers: signedIn, refused: 403 },
        { url: `/en/modules/${fx.modMembers.slug}/lessons/1`, readers: signedIn, refused: 403, echo: fx.modMembers.slug },
      ],
      search: true,
      sitemap: true,
      controls: { search: () => M.modpublic, sitemap: () => fx.modPublic.slug },
    },
  }),
  contentRow('news-articles', 'title', {
    secrets: [draftDoc(M.newsdraft, 'newsDraft'), draftEdit(M.newsembargo, 'newsLive')],
    sample: (marker) => ({ title: `News ${marker}`, type: 'news', publishedOn: '2026-02-01' }),
    where: [{ query: () => `where[title][like]=${M.newsdraft}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    pub: {
      secrets: [M.newsdraft, M.newsembargo].map((marker) => ({ marker, readers: nobody })),
      pages: () => ['/en/news', '/en', `/en/news/${fx.newsLive.slug}`, '/fr/news'],
      own: () => [{ url: `/en/news/${fx.newsDraft.slug}`, readers: nobody }],
      search: true,
      feeds: true,
      sitemap: true,
      controls: { feeds: () => M.newslive, sitemap: () => fx.newsLive.slug, search: () => M.newslive },
    },
  }),
  contentRow('events', 'title', {
    secrets: [draftDoc(M.eventdraft, 'eventDraft')],
    sample: (marker) => ({ title: `Event ${marker}`, type: 'webinar', startsAt: '2027-05-01T10:00:00.000Z', endsAt: '2027-05-01T11:00:00.000Z' }),
    where: [{ query: () => `where[title][like]=${M.eventdraft}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    pub: {
      // The joining link of the live event is for its confirmed registrants alone, whom no role here is.
      secrets: [
        { marker: M.eventdraft, readers: nobody },
        { marker: M.joinlink, readers: nobody },
      ],
      pages: () => ['/en/events', '/en', '/en/global-summit', `/en/events/${fx.eventLive.slug}`, `/en/events/${fx.eventLive.slug}/registration`],
      own: () => [
        { url: `/en/events/${fx.eventDraft.slug}`, readers: nobody },
        { url: `/en/events/${fx.eventDraft.slug}.ics`, readers: nobody },
        { url: `/en/events/${fx.eventLive.slug}.ics`, readers: everyone },
        { url: `/en/events/${fx.eventDraft.slug}/registration`, readers: nobody },
      ],
      search: true,
      feeds: true,
      sitemap: true,
      controls: { feeds: () => M.eventlive, sitemap: () => fx.eventLive.slug },
    },
    extra: {
      'protected-fields': spec(async (role, t) => {
        // The joining link is staff's on every API: by id, in lists, versions, GraphQL, and as a filter.
        for (const path of [`/api/events/${fx.eventLive.id}?depth=0`, '/api/events?depth=0&limit=100', `/api/events/versions?where[parent][equals]=${fx.eventLive.id}&depth=0`]) {
          t.shows(await as[role].rest('GET', path), M.joinlink, staff(role))
        }
        t.shows(await as[role].graphql('{ Events(limit: 100) { docs { id joinUrl } } }'), M.joinlink, staff(role))
        const where = await as[role].rest('GET', `/api/events?where[joinUrl][like]=${M.joinlink}&depth=0&limit=1`)
        const found = ok(where) ? (where.json?.totalDocs ?? 0) : 0
        t.that(found === (staff(role) ? 1 : 0), where, `a filter on the joining link must find ${staff(role) ? 1 : 0}, found ${found}`)
      }),
    },
  }),
  contentRow('pages', 'title', {
    secrets: [draftDoc(M.pagedraft, 'pageDraft')],
    sample: (marker) => ({ title: `Page ${marker}` }),
    pub: {
      secrets: [{ marker: M.pagedraft, readers: nobody }],
      pages: () => ['/en/about', '/en'],
      own: () => [{ url: `/en/${fx.pageDraft.slug}`, readers: nobody }],
      sitemap: true,
      controls: { sitemap: () => '/about' },
    },
  }),
  contentRow('people', 'name', {
    secrets: [draftDoc(M.persondraft, 'personDraft')],
    sample: (marker) => ({ name: `Person ${marker}` }),
    depth: [{ path: () => `/api/events/${fx.eventLive.id}?depth=5`, markers: [{ marker: M.persondraft, readers: staff }] }],
    pub: {
      secrets: [{ marker: M.persondraft, readers: nobody }],
      pages: () => ['/en/team', '/en/steering-committee', `/en/events/${fx.eventLive.slug}`, `/en/regions/${fx.regionSlug}`],
    },
  }),
  contentRow('youth-projects', 'title', {
    secrets: [draftDoc(M.youthdraft, 'youthDraft')],
    sample: (marker) => ({ title: `Project ${marker}`, city: fx.rotterdamId, status: 'active' }),
    pub: { secrets: [{ marker: M.youthdraft, readers: nobody }], pages: () => ['/en/young-cities', '/en/cities/rotterdam'] },
  }),
  contentRow('working-groups', 'name', {
    secrets: [draftDoc(M.groupdraft, 'groupDraft')],
    sample: (marker) => ({ name: `Group ${marker}` }),
    pub: {
      secrets: [{ marker: M.groupdraft, readers: nobody }],
      pages: () => ['/en/working-groups', '/en/cities'],
      own: () => [{ url: `/en/working-groups/${fx.groupDraft.slug}`, readers: nobody }],
      sitemap: true,
    },
  }),
  contentRow('countries', 'name', {
    secrets: [draftDoc(M.countrydraft, 'countryDraft')],
    sample: (marker) => ({ name: `Country ${marker}`, isoCode: fx.nextIso(), region: fx.regionId }),
    pub: { secrets: [{ marker: M.countrydraft, readers: nobody }], pages: () => ['/en/cities', '/en/join', `/en/regions/${fx.regionSlug}`] },
  }),
  contentRow('regions', 'name', {
    secrets: [draftDoc(M.regiondraft, 'regionDraft')],
    sample: (marker) => ({ name: `Region ${marker}` }),
    where: [{ query: () => 'where[hubTeamEmail][like]=@', compare: () => 'where[hubTeamEmail][like]=nobody-has-this-inbox', hiddenFrom: (r) => !staff(r), shownTo: staff }],
    depth: [{ path: () => `/api/resources/${fx.resPublic.id}?depth=5`, markers: [{ marker: M.regiondraft, readers: staff }] }],
    pub: {
      secrets: [
        { marker: M.regiondraft, readers: nobody },
        { marker: '-hub@hub.example', readers: nobody },
      ],
      pages: () => ['/en/regions', '/en/newsletter', '/en/cities', '/en/search?q=rotterdam', `/en/resources/${fx.resPublic.slug}`],
      own: () => [{ url: `/en/regions/${fx.regionDraft.slug}`, readers: nobody }],
      sitemap: true,
    },
    extra: {
      'protected-fields': spec(async (role, t) => {
        // The hub team inbox is for staff: not in REST by id or list, nor in GraphQL.
        const one = await as[role].rest('GET', `/api/regions/${fx.regionId}?depth=0`)
        t.shows(one, '-hub@hub.example', staff(role))
        const list = await as[role].rest('GET', '/api/regions?depth=0&limit=100')
        t.shows(list, '-hub@hub.example', staff(role))
        const gql = await as[role].graphql('{ Regions(limit: 100) { docs { id hubTeamEmail } } }')
        t.shows(gql, '-hub@hub.example', staff(role))
      }),
    },
  }),
  contentRow('themes', 'label', {
    secrets: [draftDoc(M.themedraft, 'themeDraft')],
    sample: (marker) => ({ label: `Theme ${marker}` }),
    depth: [{ path: () => `/api/resources/${fx.resPublic.id}?depth=5`, markers: [{ marker: M.themedraft, readers: staff }] }],
    pub: {
      secrets: [{ marker: M.themedraft, readers: nobody }],
      pages: () => ['/en/search?q=rotterdam', '/en/resources', '/en/newsletter', '/en/cities', `/en/resources/${fx.resPublic.slug}`],
      search: true,
    },
  }),
  contentRow('sectors', 'name', {
    secrets: [draftDoc(M.sectordraft, 'sectorDraft')],
    sample: (marker) => ({ name: `Sector ${marker}` }),
    depth: [{ path: () => `/api/resources/${fx.resPublic.id}?depth=5`, markers: [{ marker: M.sectordraft, readers: staff }] }],
    pub: { secrets: [{ marker: M.sectordraft, readers: nobody }], pages: () => ['/en/search?q=rotterdam', '/en/resources', `/en/resources/${fx.resPublic.slug}`] },
  }),
  {
    slug: 'media',
    kind: 'images: anyone reads, staff write',
    channels: {
      'rest-list': spec(async (role, t) => {
        const r = await as[role].rest('GET', '/api/media?limit=5&depth=0')
        t.ok(r)
        t.that((r.json?.docs?.length ?? 0) > 0, r, 'must list images')
      }),
      'rest-id': spec(async (role, t) => {
        const r = await as[role].rest('GET', `/api/media/${fx.image.id}?depth=0`)
        t.ok(r)
        t.shows(r, M.image, true)
      }),
      'file-url': spec(async (role, t) => {
        const r = await as[role].rest('GET', `/api/media/file/${fx.image.filename}`)
        t.that(r.status === 200, r, 'must serve the image')
      }),
      graphql: spec(async (role, t) => {
        const { singular } = gqlNames('media')
        const r = await as[role].graphql(`{ one: ${singular}(id: ${fx.image.id}) { id alt } }`)
        t.shows(r, M.image, true)
      }),
      ...writeChannels('media', {
        text: 'alt',
        sample: (marker) => uploadForm(png(), `${marker}.png`, { alt: `Image ${marker}` }),
        create: (r) => (staff(r) ? 'allow' : 'deny'),
        // "PATCH /api/media/{id} changed another person's photo text."
        update: (r) => (staff(r) ? 'allow' : 'deny'),
        delete: (r) => (staff(r) ? 'allow' : 'deny'),
        target: () => fx.image.id,
        fresh: async () =>
          (await must(as.admin.rest('POST', '/api/media', uploadForm(png(), `${mark('freshimg')}${randomBytes(2).toString('hex')}.png`, { alt: 'fresh' })), 'fresh media')).doc.id,
        change: (marker) => ({ alt: `Image ${marker}` }),
        findCreated: (marker) => `/api/media?where[alt][like]=${marker}&depth=0`,
      }),
      'file-replace': spec(async (role, t) => {
        const before = await as.admin.rest('GET', `/api/media/${fx.image.id}?depth=0`)
        const r = await as[role].rest('PATCH', `/api/media/${fx.image.id}`, uploadForm(png(), `${mark(`repl${role.replace('-', '')}`)}.png`))
        const after = await as.admin.rest('GET', `/api/media/${fx.image.id}?depth=0`)
        if (staff(role)) t.ok(r)
        else {
          t.refused(r)
          t.that(after.json?.filename === before.json?.filename, after, `the file must be unchanged (${before.json?.filename} → ${after.json?.filename})`)
        }
      }),
    },
  },
  {
    slug: 'documents',
    kind: 'files that follow their resource',
    channels: {
      ...readChannels(
        'documents',
        'filename',
        [
          { marker: M.filedraft, kind: 'doc', id: () => fx.fileDraft.id, readers: staff },
          { marker: M.fileorphan, kind: 'doc', id: () => fx.fileOrphan.id, readers: staff },
          { marker: M.filemembers, kind: 'doc', id: () => fx.fileMembers.id, readers: signedIn },
          { marker: M.filepublic, kind: 'doc', id: () => fx.filePublic.id, readers: everyone },
        ],
        { drafts: false, graphql: true },
      ),
      'file-url': spec(async (role, t) => {
        for (const [key, readers] of [
          ['fileDraft', staff],
          ['fileOrphan', staff],
          ['fileMembers', signedIn],
          ['filePublic', everyone],
        ] as const) {
          const r = await as[role].rest('GET', `/api/documents/file/${fx[key].filename}`)
          if (readers(role)) t.that(r.status === 200 && r.text.startsWith('%PDF'), r, 'must serve the PDF')
          else {
            t.refused(r)
            t.that(!r.text.startsWith('%PDF'), r, 'must not serve the PDF')
          }
        }
      }),
      'rest-where': whereChannel('documents', [
        { query: () => 'where[audience][equals]=members', hiddenFrom: (r) => r === 'anonymous', shownTo: signedIn },
        { query: () => `where[filename][like]=${M.fileorphan}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
        { query: () => `where[filename][like]=${M.filedraft}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
      ]),
      'rest-depth': depthChannel([
        {
          path: () => `/api/resources?depth=5&limit=100&sort=-createdAt&draft=true`,
          markers: [
            { marker: M.filedraft, readers: staff },
            { marker: M.filemembers, readers: signedIn },
          ],
        },
      ]),
      ...writeChannels('documents', {
        text: 'filename',
        sample: (marker) => uploadForm(pdf(marker), `${marker}.pdf`, { audience: 'public' }),
        create: (r) => (staff(r) ? 'allow' : 'deny'),
        delete: (r) => (staff(r) ? 'allow' : 'deny'),
        target: () => fx.fileMembers.id,
        fresh: async () =>
          (await must(as.admin.rest('POST', '/api/documents', uploadForm(pdf('fresh'), `${mark('freshpdf')}${randomBytes(2).toString('hex')}.pdf`)), 'fresh document')).doc.id,
        findCreated: (marker) => `/api/documents?where[filename][like]=${marker}&depth=0`,
      }),
      update: spec(async (role, t) => {
        // The probe's move: {"audience":"public"} on a members-only file made it downloadable anonymously.
        const r = await as[role].rest('PATCH', `/api/documents/${fx.fileMembers.id}`, { audience: 'public' })
        if (staff(role)) t.ok(r)
        else {
          t.refused(r)
          const file = await as.anonymous.rest('GET', `/api/documents/file/${fx.fileMembers.filename}`)
          t.that(!ok(file) && !file.text.startsWith('%PDF'), file, 'the members-only file must stay closed to anonymous visitors')
        }
      }),
      'file-replace': spec(async (role, t) => {
        const marker = mark(`repl${role.replace('-', '')}`)
        const r = await as[role].rest('PATCH', `/api/documents/${fx.fileReplace.id}`, uploadForm(pdf(marker), `${marker}.pdf`))
        const after = await as.admin.rest('GET', `/api/documents/${fx.fileReplace.id}?depth=0`)
        if (staff(role)) t.ok(r)
        else {
          t.refused(r)
          t.that(!after.text.includes(marker), after, 'the file must be unchanged')
        }
      }),
    },
  },
  privateRow('membership-applications', 'cityName', staff, {
    kind: 'inbox: staff only',
    secret: () => fx.application,
    where: [{ query: () => `where[cityName][like]=${M.application}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    create: (r) => (staff(r) ? undefined : 'deny'),
    sample: (marker) => ({
      cityName: marker,
      country: fx.countryId,
      applicantName: 'A',
      applicantRole: 'B',
      applicantEmail: 'a@b.example',
      leaderName: 'L',
      leaderRole: 'M',
      focalPointName: 'F',
      focalPointEmail: 'f@b.example',
      motivation: 'x',
      preventionWork: 'y',
      locale: 'en',
    }),
    update: (r) => (staff(r) ? 'allow' : 'deny'),
    change: (marker) => ({ notes: marker }),
    delete: (r) => (r === 'admin' ? 'allow' : staff(r) ? undefined : 'deny'),
    fresh: async () => fx.application2.id,
  }),
  privateRow('event-registrations', 'title', staff, {
    kind: 'registrations: staff read; only the site writes',
    secret: () => fx.registration,
    where: [
      { query: () => `where[title][like]=${M.registration}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
      { query: () => `where[member][equals]=${fx.registrantId}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
    ],
    create: () => 'deny',
    sample: (marker) => ({ title: marker, event: fx.eventLive.id, member: fx.registrantId, status: 'confirmed', registeredAt: '2026-01-01T00:00:00.000Z' }),
    // "A member cannot change another member's registration": nor can anyone, through the API.
    update: () => 'deny',
    change: (marker) => ({ title: marker, status: 'cancelled' }),
    delete: (r) => (r === 'admin' ? 'allow' : 'deny'),
    fresh: async () => fx.registration2.id,
  }),
  // Issue 12: "A learner sees only their own progress and certificates on every channel: page, REST, GraphQL, search."
  learnerRow('enrolments', 'title', 'enrolment', {
    where: [{ query: () => `where[title][like]=${M.learnertwo}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    sample: (marker) => ({ title: marker, module: fx.modPublic.id, member: as.member.user!.id, status: 'completed', score: 100 }),
    // The learner's own progress too: finishing a module is the site's to record.
    change: (marker) => ({ title: marker, status: 'completed', score: 100, lessonsDone: [{ lesson: marker, at: '2026-01-01T00:00:00.000Z' }] }),
    fresh: () => fx.adminEnrolmentId,
  }),
  learnerRow('learner-answers', 'text', 'answer', {
    where: [{ query: () => `where[text][like]=${M.answerother}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    sample: (marker) => ({ ...learnerLinks(), question: 'forged', kind: 'reflection', text: marker, score: 1 }),
    change: (marker) => ({ text: marker, score: 1 }),
    fresh: () => fx.learnerOtherQuizAnswerId,
    extra: {
      // A lesson shows its reader's own answers, and nobody else's: staff read the site as members do.
      pages: spec(async (role, t) => {
        const r = await pageAs(role, `/en/modules/${fx.modPublic.slug}/lessons/1`)
        t.that(r.status === 200, r, 'must answer 200')
        t.shows(r, M.answerown, role === 'member')
        t.shows(r, M.answerother, false)
      }),
      ...publicChannels({ secrets: [M.answerown, M.answerother].map((marker) => ({ marker, readers: nobody })), search: true }),
    },
  }),
  learnerRow('quiz-attempts', 'key', 'attempt', {
    where: [{ query: () => `where[key][equals]=${fx.learnerOther.attempt.key}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    sample: (marker) => ({ ...learnerLinks(), number: 9, key: marker, status: 'submitted', score: 100, passed: true }),
    change: (marker) => ({ key: marker, score: 100, passed: true }),
    fresh: () => fx.learnerOther.attempt.id,
  }),
  learnerRow('certificates', 'learnerName', 'certificate', {
    where: [
      { query: () => `where[learnerName][like]=${M.learnertwo}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
      { query: () => `where[code][equals]=${fx.learnerOther.certificate.code}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
    ],
    sample: (marker) => ({ ...learnerLinks(), code: marker, learnerName: marker, moduleTitle: 'Forged', locale: 'en', issuedAt: '2026-01-01T00:00:00.000Z' }),
    // Staff revoke; nobody else, the learner included, touches a certificate.
    update: (r) => (staff(r) ? 'allow' : 'deny'),
    change: (marker) => ({ revoked: true, revokedReason: marker }),
    fresh: () => fx.learnerOther.certificate.id,
    extra: {
      pages: spec(async (role, t) => {
        // Anyone checks a certificate by its code (that is what the code is for); an account page lists only one's own.
        const check = await pageAs(role, `/en/certificates/${fx.learnerOwn.certificate.code}`)
        t.that(check.status === 200, check, 'must answer 200')
        t.shows(check, M.learner, true)
        if (role !== 'anonymous') {
          const account = await pageAs(role, '/en/account')
          t.that(account.status === 200, account, 'must answer 200')
          t.shows(account, M.learnertwo, false)
          // The page names certificates by their codes: the member's own is listed, nobody else's ever.
          t.shows(account, `/certificates/${fx.learnerOwn.certificate.code}`, role === 'member')
          t.shows(account, `/certificates/${fx.learnerOther.certificate.code}`, false)
        }
      }),
    },
  }),
  privateRow('contact-messages', 'message', staff, {
    kind: 'inbox: staff only',
    secret: () => fx.contact,
    where: [{ query: () => `where[message][like]=${M.contact}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    create: (r) => (staff(r) ? undefined : 'deny'),
    sample: (marker) => ({ topic: 'general', name: 'X', email: 'x@y.example', message: `Message ${marker}` }),
    update: (r) => (staff(r) ? 'allow' : 'deny'),
    change: (marker) => ({ notes: marker }),
    delete: (r) => (r === 'admin' ? 'allow' : staff(r) ? undefined : 'deny'),
    fresh: async () => fx.contact2.id,
  }),
  privateRow('subscribers', 'email', staff, {
    kind: 'inbox: staff only',
    secret: () => fx.subscriber,
    where: [
      { query: () => 'where[token][exists]=true', compare: () => 'where[token][equals]=no-such-token', hiddenFrom: (r) => !staff(r) },
      { query: () => `where[email][like]=${M.subscriber}`, hiddenFrom: (r) => !staff(r), shownTo: staff },
    ],
    create: (r) => (staff(r) ? undefined : 'deny'),
    sample: (marker) => ({ email: `${marker}@new.example`, status: 'confirmed', locale: 'en', token: marker }),
    update: (r) => (staff(r) ? 'allow' : 'deny'),
    change: (marker) => ({ locale: marker }),
    delete: (r) => (r === 'admin' ? 'allow' : staff(r) ? undefined : 'deny'),
    fresh: async () => fx.subscriber2.id,
  }),
  privateRow('newsletter-issues', 'title', staff, {
    kind: 'newsletter: staff only',
    secret: () => fx.issue,
    where: [{ query: () => `where[title][like]=${M.issue}`, hiddenFrom: (r) => !staff(r), shownTo: staff }],
    create: (r) => (staff(r) ? 'allow' : 'deny'),
    sample: (marker) => ({ title: `Issue ${marker}` }),
    update: (r) => (staff(r) ? 'allow' : 'deny'),
    change: (marker) => ({ introduction: marker }),
    delete: (r) => (r === 'admin' ? 'allow' : staff(r) ? undefined : 'deny'),
    fresh: async () => (await must(as.admin.rest('POST', '/api/newsletter-issues', { title: `Issue ${mark('freshissue')}` }), 'fresh issue')).doc.id,
  }),
  privateRow('newsletter-deliveries', 'email', staff, {
    kind: 'newsletter: staff only',
    secret: () => fx.delivery,
    where: [{ query: () => 'where[key][exists]=true', hiddenFrom: (r) => !staff(r), shownTo: staff }],
    create: (r) => (staff(r) ? undefined : 'deny'),
    sample: (marker) => ({ key: marker, issue: fx.issue.id, subscriber: 1, email: `${marker}@x.example`, status: 'sent' }),
    update: (r) => (staff(r) ? undefined : 'deny'),
    change: (marker) => ({ email: `${marker}@x.example` }),
    delete: (r) => (r === 'admin' ? 'allow' : staff(r) ? undefined : 'deny'),
    fresh: async () => fx.delivery2.id,
  }),
  privateRow('outgoing-mail', 'text', adminOnly, {
    kind: 'machinery: admin only',
    secret: () => fx.mail,
    // The probe's takeover: an editor read the admin's live reset link here.
    where: [
      { query: () => 'where[to][equals]=admin@hub.example', hiddenFrom: (r) => r !== 'admin', shownTo: adminOnly },
      { query: () => `where[text][like]=${M.contact}`, hiddenFrom: (r) => r !== 'admin', shownTo: adminOnly },
    ],
    create: (r) => (r === 'admin' ? undefined : 'deny'),
    sample: (marker) => ({ to: 'x@y.example', subject: marker, text: marker }),
    update: (r) => (r === 'admin' ? undefined : 'deny'),
    change: (marker) => ({ to: `${marker}@x.example`, status: 'queued' }),
    delete: (r) => (r === 'admin' ? 'allow' : 'deny'),
    fresh: async () => fx.mail2.id,
  }),
  {
    slug: 'users',
    kind: 'accounts: admin, or oneself',
    channels: {
      'rest-list': spec(async (role, t) => {
        const r = await as[role].rest('GET', '/api/users?limit=100&depth=0')
        if (role === 'anonymous') t.nothing(r)
        else if (role === 'admin') t.that((r.json?.totalDocs ?? 0) >= 5, r, 'the admin must list every account')
        else t.that((r.json?.docs ?? []).every((u: any) => u.id === as[role].user!.id) && r.json?.docs?.length === 1, r, 'must list only oneself')
        for (const email of ['admin@hub.example', 'editor@hub.example', fx.lockA.email]) if (role !== 'admin' && as[role].user?.email !== email) t.shows(r, email, false)
      }),
      'rest-id': spec(async (role, t) => {
        const r = await as[role].rest('GET', `/api/users/${fx.adminId}?depth=0`)
        if (role === 'admin') t.ok(r)
        else t.refused(r)
        t.shows(r, 'admin@hub.example', role === 'admin')
        if (as[role].user) {
          const self = await as[role].rest('GET', `/api/users/${as[role].user!.id}?depth=0`)
          t.that(self.status === 200, self, 'must read oneself')
          t.that(!/"(hash|salt|resetPasswordToken|emailChangeToken|_verificationToken)"\s*:\s*"/.test(self.text), self, 'must carry no secret token or hash')
        }
      }),
      graphql: spec(async (role, t) => {
        const r = await as[role].graphql(`{ list: Users(limit: 100) { totalDocs docs { id email } } one: User(id: ${fx.adminId}) { email } }`)
        t.shows(r, 'admin@hub.example', role === 'admin')
        t.shows(r, fx.lockA.email, role === 'admin')
      }),
      'rest-where': whereChannel('users', [
        { query: () => 'where[roles][equals]=admin', hiddenFrom: (r) => r !== 'admin', shownTo: adminOnly },
        { query: () => 'where[email][like]=admin@', compare: () => 'where[email][like]=nobody-has-this-address', hiddenFrom: (r) => r !== 'admin', shownTo: adminOnly },
      ]),
      create: spec(async (role, t) => {
        const email = `${mark(`user${role.replace('-', '')}`)}@new.example`
        const r = await as[role].rest('POST', '/api/users', { email, password: 'a long enough password 12', name: 'New', roles: ['admin'] })
        const made = await adminCount(`/api/users?where[email][equals]=${email}`)
        if (role === 'admin') {
          t.ok(r)
          t.that(made === 1, r, 'the admin must find the new account')
          if (r.json?.doc?.id) await as.admin.rest('DELETE', `/api/users/${r.json.doc.id}`)
        } else {
          t.refused(r)
          t.that(made === 0, r, `must create no account (found ${made})`)
        }
      }),
      update: spec(async (role, t) => {
        const marker = mark(`name${role.replace('-', '')}`)
        const r = await as[role].rest('PATCH', `/api/users/${fx.lockB.id}`, { name: marker })
        const after = await as.admin.rest('GET', `/api/users/${fx.lockB.id}?depth=0`)
        if (role === 'admin') t.ok(r)
        else t.refused(r)
        t.that(after.text.includes(marker) === (role === 'admin'), after, role === 'admin' ? 'must be changed' : 'another account must be unchanged')
      }),
      delete: spec(async (role, t) => {
        const victim = role === 'admin' ? await makeUser(mark('victim')) : fx.lockB
        const r = await as[role].rest('DELETE', `/api/users/${victim.id}`)
        const after = await as.admin.rest('GET', `/api/users/${victim.id}?depth=0`)
        if (role === 'admin') t.that(ok(r) && after.status === 404, r, 'must delete the account')
        else t.that(refusedStatus(r) && after.status === 200, r, 'must be refused and keep the account')
      }),
      unlock: spec(async (role, t) => {
        // Two locked accounts (sign-in is limited per address): anonymous and member try one, the staff the other.
        const target = ['anonymous', 'member'].includes(role) ? fx.lockA : fx.lockB
        const r = await as[role].rest('POST', '/api/users/unlock', { email: target.email })
        const login = await restLogin(server.url, target.email, target.password, { 'x-forwarded-for': target.ip })
        const loginText = await login.text()
        if (role === 'admin') {
          t.ok(r)
          t.that(login.ok, `${r.request} → ${r.status}; then POST /api/users/login as ${target.email} → ${login.status}`, 'the account must sign in after the admin unlocked it')
        } else {
          t.refused(r)
          t.that(
            !login.ok,
            `${r.request} → ${r.status} ${r.text.slice(0, 80)}; then POST /api/users/login as ${target.email} → ${login.status} ${loginText.slice(0, 80)}`,
            'the account must stay locked',
          )
        }
      }),
      'protected-fields': spec(
        async (role, t) => {
          const self = as[role].user!
          const before = (await as.admin.rest('GET', `/api/users/${self.id}?depth=0`)).json
          const attempts: Record<string, unknown>[] = [
            { email: `${mark('newaddress')}@elsewhere.example` },
            { roles: ['admin'] },
            { assignedCities: [fx.ammanId] },
            { memberCity: fx.ammanId },
            { pendingEmail: `${mark('pending')}@elsewhere.example` },
            { _verified: false },
          ]
          for (const data of attempts) {
            const r = await as[role].rest('PATCH', `/api/users/${self.id}`, data)
            const after = (await as.admin.rest('GET', `/api/users/${self.id}?depth=0`)).json
            const field = Object.keys(data)[0]
            const same = JSON.stringify(normalise(after?.[field])) === JSON.stringify(normalise(before?.[field]))
            t.that(same, r, `${field} must stay ${JSON.stringify(normalise(before?.[field]))}, is ${JSON.stringify(normalise(after?.[field]))}`)
            // Put it back, so that one rule broken here does not break every later check of this role.
            if (!same) await as.admin.rest('PATCH', `/api/users/${self.id}`, { [field]: normalise(before?.[field]) })
          }
          const login = await as[role].rest('GET', '/api/users/me')
          t.that(login.json?.user?.email === self.email, login, 'must still be signed in as the same address')
        },
        ['member', 'city-editor', 'editor'],
      ),
    },
  },
  ...['payload-kv', 'payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations'].map(
    (slug): Row => ({
      slug,
      kind: "Payload's own: nothing for members or anonymous",
      channels: internalChannels(slug),
    }),
  ),
]

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  return value ?? null
}

function internalChannels(slug: string): Partial<Record<Channel, ChannelSpec>> {
  const collection = config.collections.find((c) => c.slug === slug)
  const outsiders: RoleName[] = ['anonymous', 'member']
  const out: Partial<Record<Channel, ChannelSpec>> = {
    'rest-list': spec(async (role, t) => {
      const r = await as[role].rest('GET', `/api/${slug}?limit=100&depth=0`)
      t.refused(r)
      if (slug === 'payload-locked-documents') t.shows(r, `"value":${fx.lockedCity}`, false)
    }, outsiders),
    create: spec(async (role, t) => {
      const data =
        slug === 'payload-locked-documents'
          ? { document: { relationTo: 'cities', value: fx.ammanId }, globalSlug: null, user: { relationTo: 'users', value: as[role].user?.id ?? fx.adminId } }
          : slug === 'payload-preferences'
            ? { key: mark('pref'), value: { a: 1 }, user: { relationTo: 'users', value: as[role].user?.id ?? fx.adminId } }
            : slug === 'payload-jobs'
              ? { taskSlug: (config.jobs?.tasks as { slug: string }[] | undefined)?.[0]?.slug, input: {} }
              : { key: mark('x'), data: {} }
      const before = slug === 'payload-locked-documents' ? await adminCount('/api/payload-locked-documents?limit=1') : 0
      const r = await as[role].rest('POST', `/api/${slug}`, data)
      t.refused(r)
      if (slug === 'payload-locked-documents') {
        const afterCount = await adminCount('/api/payload-locked-documents?limit=1')
        t.that(afterCount === before, r, `must lock nothing (${before} → ${afterCount} locks)`)
      }
    }, outsiders),
  }
  if (slug === 'payload-locked-documents') {
    out['rest-id'] = spec(async (role, t) => t.refused(await as[role].rest('GET', `/api/${slug}/${fx.lock.id}?depth=0`)), outsiders)
    out.delete = spec(async (role, t) => {
      const r = await as[role].rest('DELETE', `/api/${slug}/${fx.lock.id}`)
      t.refused(r)
      t.that((await as.admin.rest('GET', `/api/${slug}/${fx.lock.id}`)).status === 200, r, "must keep the editor's lock")
    }, outsiders)
  }
  if (collection?.graphQL !== false) {
    out.graphql = spec(async (role, t) => {
      const { plural } = gqlNames(slug)
      const r = await as[role].graphql(`{ list: ${plural}(limit: 100) { totalDocs docs { id } } }`)
      t.gqlNothing(r, 'list')
    }, outsiders)
  }
  return out
}

type GlobalRow = { slug: string; channels: Partial<Record<'rest-read' | 'graphql' | 'update', ChannelSpec>> }
const inboxFields = ['inbox_general', 'inbox_press', 'inbox_membership', 'inbox_support']
const globalRows: GlobalRow[] = [
  {
    slug: 'site-settings',
    channels: {
      'rest-read': spec(async (role, t) => {
        const r = await as[role].rest('GET', '/api/globals/site-settings?depth=0')
        t.that(r.status === 200 && Boolean(r.json?.networkName), r, 'anyone reads the settings')
        for (const f of inboxFields) t.that((r.json?.[f] != null) === staff(role), r, `${f} ${staff(role) ? 'must' : 'must not'} be there`)
        if (!staff(role)) t.shows(r, '@hub.example', false)
      }),
      graphql: spec(async (role, t) => {
        const r = await as[role].graphql(`{ SiteSetting { networkName ${inboxFields.join(' ')} } }`)
        t.shows(r, '@hub.example', staff(role))
      }),
      update: spec(async (role, t) => {
        const marker = mark(`tag${role.replace('-', '')}`)
        const r = await as[role].rest('POST', '/api/globals/site-settings', { tagline: marker })
        const after = await as.admin.rest('GET', '/api/globals/site-settings')
        if (staff(role)) t.ok(r)
        else t.refused(r)
        t.that(after.text.includes(marker) === staff(role), after, staff(role) ? 'must be saved' : 'must be unchanged')
        const inbox = await as[role].rest('POST', '/api/globals/site-settings', { inbox_support: `${marker}@evil.example` })
        const after2 = await as.admin.rest('GET', '/api/globals/site-settings')
        if (!staff(role)) t.that(!after2.text.includes(`${marker}@evil.example`), inbox, 'the support inbox must be unchanged')
        else await as.admin.rest('POST', '/api/globals/site-settings', { inbox_support: 'support@hub.example' })
      }),
    },
  },
  {
    slug: 'navigation',
    channels: {
      'rest-read': spec(async (role, t) => {
        const r = await as[role].rest('GET', '/api/globals/navigation?depth=0')
        t.that(r.status === 200 && Array.isArray(r.json?.mainMenu), r, 'anyone reads the menu')
      }),
      graphql: spec(async (role, t) => {
        const r = await as[role].graphql('{ Navigation { mainMenu { label } } }')
        t.that(Array.isArray(r.json?.data?.Navigation?.mainMenu), r, 'anyone reads the menu')
      }),
      update: spec(async (role, t) => {
        const before = (await as.admin.rest('GET', '/api/globals/navigation?depth=0')).json
        const marker = mark(`nav${role.replace('-', '')}`)
        const r = await as[role].rest('POST', '/api/globals/navigation', {
          footerLinks: [...(before?.footerLinks ?? []).map((l: any) => ({ label: l.label, href: l.href })), { label: marker, href: 'https://example.org/' }],
        })
        const after = await as.admin.rest('GET', '/api/globals/navigation')
        if (staff(role)) t.ok(r)
        else t.refused(r)
        t.that(after.text.includes(marker) === staff(role), after, staff(role) ? 'must be saved' : 'must be unchanged')
        if (staff(role)) await as.admin.rest('POST', '/api/globals/navigation', { footerLinks: (before?.footerLinks ?? []).map((l: any) => ({ label: l.label, href: l.href })) })
      }),
    },
  },
]

// ---------------------------------------------------------------------------
// Fixtures, made through the API and the site as people would
// ---------------------------------------------------------------------------

async function makeUser(marker: string, password = 'a long enough password 12') {
  const email = `${marker}@accounts.example`
  const json = await must(as.admin.rest('POST', '/api/users', { email, password, name: marker, roles: ['member'], _verified: true }), `user ${email}`)
  return { id: json.doc.id as Id, email, password }
}

async function latestVersionId(slug: string, id: Id): Promise<Id> {
  const json = await must(as.editor.rest('GET', `/api/${slug}/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1&depth=0`), `versions of ${slug} ${id}`)
  return json.docs[0].id
}

async function draftOnly(slug: string, data: Record<string, unknown>, actor = as.editor) {
  const json = await must(actor.rest('POST', `/api/${slug}?draft=true`, { ...data, _status: 'draft' }), `draft ${slug}`)
  return { id: json.doc.id as Id, slug: json.doc.slug as string, versionId: await latestVersionId(slug, json.doc.id) }
}

async function draftEditOf(slug: string, id: Id, data: Record<string, unknown>, actor = as.editor) {
  await must(actor.rest('PATCH', `/api/${slug}/${id}?draft=true`, { ...data, _status: 'draft' }), `draft edit of ${slug} ${id}`)
  return { id, versionId: await latestVersionId(slug, id) }
}

async function upload(marker: string, actor = as.editor) {
  const json = await must(actor.rest('POST', '/api/documents', uploadForm(pdf(marker), `${marker}.pdf`)), `document ${marker}`)
  return { id: json.doc.id as Id, filename: json.doc.filename as string }
}

/** A training module of one lesson; `lesson` adds blocks to it, `extra` fields to the module. */
function moduleData(title: string, audience: 'public' | 'members', lesson: Record<string, unknown>[] = [], extra: Record<string, unknown> = {}) {
  return {
    title,
    summary: title,
    level: 'introductory',
    minutes: 15,
    audience,
    lessons: [{ title: `Lesson of ${title}`, content: [{ blockType: 'richText', body: paragraph(title) }, ...lesson] }],
    ...extra,
  }
}

/**
 * Takes the public module on the site as the holder of this session: starts the quiz (which makes their progress,
 * named after them), writes a reflection, finishes the lesson, and passes the quiz, which issues a certificate.
 */
async function takeModule(token: string, reflection: string) {
  const session = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
  const lesson = `/en/modules/${fx.modPublic.slug}/lessons/1`
  const quiz = `/en/modules/${fx.modPublic.slug}/quiz`
  const post = async (formPath: string, postPath: string, fields: Record<string, string> = {}) => {
    const r = await submitSiteForm(server.url, formPath, fields, { postPath, waitMs: 0, headers: session })
    if (r.status !== 303) throw new Error(`Fixture training: ${r.request} → ${r.status} ${r.text.slice(0, 300)}`)
  }
  await post(quiz, `${quiz}/start`)
  await post(lesson, `${lesson}/answer`, { question: fx.modPublic.reflectionId, [`a.${fx.modPublic.reflectionId}`]: reflection, key: randomBytes(16).toString('base64url') })
  await post(lesson, `${lesson}/finish`)
  await post(quiz, `${quiz}/attempts/1`, { [`a.${fx.modPublic.quizQuestionId}`]: 'true' })
}

/** What the site recorded for a learner, each with the marker it shows under; a fixture without its marker stops the file. */
async function learnerRecords(userId: Id, name: string, reflection: string) {
  const list = async (slug: string) => (await must(as.admin.rest('GET', `/api/${slug}?where[member][equals]=${userId}&depth=0&limit=10`), `${slug} of ${userId}`)).docs as any[]
  const [enrolments, answers, attempts, certificates] = await Promise.all(['enrolments', 'learner-answers', 'quiz-attempts', 'certificates'].map(list))
  const marked = (doc: any, field: string, marker: string, what: string) => {
    if (!doc || !String(doc[field] ?? '').includes(marker))
      throw new Error(`Fixture: the ${what} of user ${userId} has no ${field} with ${marker}: ${JSON.stringify(doc)?.slice(0, 300)}`)
    return doc
  }
  const enrolment = marked(enrolments[0], 'title', name, 'progress')
  const answer = marked(
    answers.find((a) => a.kind === 'reflection'),
    'text',
    reflection,
    'reflection',
  )
  const attempt = marked(attempts[0], 'key', ':', 'quiz attempt')
  const certificate = marked(certificates[0], 'learnerName', name, 'certificate')
  return {
    enrolment: { id: enrolment.id as Id, marker: name },
    answer: { id: answer.id as Id, marker: reflection },
    // The key as the API writes it, quotes included, so that attempt 1:1 is not found inside 11:1.
    attempt: { id: attempt.id as Id, marker: `"key":"${attempt.key}"`, key: attempt.key as string },
    certificate: { id: certificate.id as Id, marker: name, code: certificate.code as string },
    quizAnswerId: answers.find((a) => a.kind === 'trueFalse')?.id as Id,
  }
}

async function lockAccount(marker: string, ip: string) {
  const user = { ...(await makeUser(marker)), ip }
  for (let i = 0; i < 5; i++) await restLogin(server.url, user.email, 'wrong password entirely', { 'x-forwarded-for': ip })
  return user
}

async function createFixtures() {
  const E = as.editor
  const byslug = async (slug: string, s: string) => (await must(E.rest('GET', `/api/${slug}?where[slug][equals]=${s}&depth=0`), `${slug} ${s}`)).docs[0]
  const [rotterdam, amman] = await Promise.all([byslug('cities', 'rotterdam'), byslug('cities', 'amman')])
  fx.rotterdamId = rotterdam.id
  fx.ammanId = amman.id
  fx.assignedCities = [rotterdam.id]
  fx.adminId = (await must(as.admin.rest('GET', '/api/users?where[email][equals]=admin@hub.example&depth=0'), 'admin id')).docs[0].id
  const country = (await must(E.rest('GET', '/api/countries?limit=1&depth=0'), 'a country')).docs[0]
  fx.countryId = country.id
  const region = await must(E.rest('GET', `/api/regions/${typeof country.region === 'object' ? country.region.id : country.region}?depth=0`), 'a region')
  fx.regionId = region.id
  fx.regionSlug = region.slug
  let iso = 0
  fx.nextIso = () => `Q${String.fromCharCode(65 + (iso++ % 26))}`
  pngBytes = new Uint8Array(
    await sharp({ create: { width: 4, height: 4, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer(),
  )

  // Vocabulary and network drafts.
  const [themeDraft, sectorDraft, regionDraft, personDraft, groupDraft, pageDraft, youthDraft, newsDraft, eventDraft] = await Promise.all([
    draftOnly('themes', { label: `Theme ${M.themedraft}` }),
    draftOnly('sectors', { name: `Sector ${M.sectordraft}` }),
    draftOnly('regions', { name: `Region ${M.regiondraft}` }),
    draftOnly('people', { name: `Person ${M.persondraft}` }),
    draftOnly('working-groups', { name: `Group ${M.groupdraft}` }),
    draftOnly('pages', { title: `Page ${M.pagedraft}` }),
    draftOnly('youth-projects', { title: `Project ${M.youthdraft}`, city: fx.rotterdamId, status: 'active' }),
    draftOnly('news-articles', { title: `Embargoed ${M.newsdraft}`, type: 'news', publishedOn: '2026-03-01', summary: `Summary ${M.newsdraft}` }),
    draftOnly('events', { title: `Event ${M.eventdraft}`, type: 'workshop', startsAt: '2027-04-01T09:00:00.000Z', endsAt: '2027-04-01T17:00:00.000Z' }),
  ])
  Object.assign(fx, { themeDraft, sectorDraft, regionDraft, personDraft, groupDraft, pageDraft, youthDraft, newsDraft, eventDraft })
  fx.countryDraft = await draftOnly('countries', { name: `Country ${M.countrydraft}`, isoCode: 'QZ', region: fx.regionId })
  fx.cityDraft = await draftOnly('cities', { name: `City ${M.citydraft}`, country: fx.countryId, latitude: 12, longitude: 12 })
  fx.cityEdit = await draftEditOf('cities', amman.id, { name: `Amman ${M.cityedit}` })
  fx.rotterdamDraft = await draftEditOf('cities', rotterdam.id, { name: `Rotterdam ${M.rotterdamdraft}` }, as['city-editor'])

  // Published news with a later, unpublished edit holding a secret word.
  const live = await must(
    E.rest('POST', '/api/news-articles', { title: `Published ${M.newslive}`, type: 'news', publishedOn: '2026-11-30', summary: `Live ${M.newslive}`, _status: 'published' }),
    'published news',
  )
  fx.newsLive = { slug: live.doc.slug, ...(await draftEditOf('news-articles', live.doc.id, { title: `Published ${M.newsembargo}`, summary: `Embargoed ${M.newsembargo}` })) }

  // Resources and their files: a draft members-only one, a published members-only one, a published public one; a file of nothing.
  const [fileDraft, fileMembers, filePublic, fileOrphan, fileReplace] = await Promise.all([
    upload(M.filedraft),
    upload(M.filemembers),
    upload(M.filepublic),
    upload(M.fileorphan),
    upload(mark('filereplace')),
  ])
  Object.assign(fx, { fileDraft, fileMembers, filePublic, fileOrphan, fileReplace })
  const resource = (title: string, audience: string, file: Id) => ({ title, type: 'toolkit', audience, documentLanguages: ['en'], publishedOn: '2026-11-29', summary: title, file })
  fx.resDraft = await draftOnly('resources', resource(`Draft ${M.resdraft}`, 'members', fileDraft.id))
  const members = await must(E.rest('POST', '/api/resources', { ...resource(`Members ${M.resmembers}`, 'members', fileMembers.id), _status: 'published' }), 'members-only resource')
  fx.resMembers = { id: members.doc.id, slug: members.doc.slug }
  const pub = await must(
    E.rest('POST', '/api/resources', {
      ...resource(`Public ${M.respublic}`, 'public', filePublic.id),
      _status: 'published',
      themes: [themeDraft.id],
      sectors: [sectorDraft.id],
      regions: [regionDraft.id],
      cities: [fx.cityDraft.id],
    }),
    'public resource',
  )
  fx.resPublic = { id: pub.doc.id, slug: pub.doc.slug }
  await must(E.rest('POST', '/api/resources', { ...resource(`Replace ${mark('replaceres')}`, 'public', fileReplace.id), _status: 'published' }), 'resource of the replaced file')

  // Training modules: a draft one, a members-only one, and a public one with a later, unpublished edit. The public one's
  // lesson links the draft and the members-only resource and asks for a reflection; its quiz is one true-or-false question.
  fx.modDraft = await draftOnly('training-modules', moduleData(`Draft ${M.moddraft}`, 'public'))
  const modMembers = await must(E.rest('POST', '/api/training-modules', { ...moduleData(`Members ${M.modmembers}`, 'members'), _status: 'published' }), 'members-only module')
  fx.modMembers = { id: modMembers.doc.id, slug: modMembers.doc.slug }
  const modPublic = (
    await must(
      E.rest('POST', '/api/training-modules', {
        ...moduleData(
          `Public ${M.modpublic}`,
          'public',
          [
            { blockType: 'resource', resource: fx.resDraft.id },
            { blockType: 'resource', resource: fx.resMembers.id },
            { blockType: 'reflection', prompt: 'What would you try first in your city?' },
          ],
          { quiz: { passMark: 70, maxAttempts: 3, questions: [{ blockType: 'trueFalse', prompt: 'Prevention starts before any crime.', isTrue: true }] } },
        ),
        _status: 'published',
      }),
      'public module',
    )
  ).doc
  fx.modPublic = {
    slug: modPublic.slug,
    reflectionId: modPublic.lessons[0].content.find((b: any) => b.blockType === 'reflection').id,
    quizQuestionId: modPublic.quiz.questions[0].id,
    ...(await draftEditOf('training-modules', modPublic.id, { title: `Public ${M.modedit}` })),
  }

  // Learners, each on the site: the member, and another account; the admin finishes a lesson, a progress with nothing under it.
  const otherLearner = await makeUser(M.learnertwo)
  const otherLogin = await restLogin(server.url, otherLearner.email, otherLearner.password, { 'x-forwarded-for': '10.77.0.3' })
  const otherToken = ((await otherLogin.json()) as { token: string }).token
  await Promise.all([takeModule(as.member.token!, `I would ask ${M.answerown}`), takeModule(otherToken, `I would ask ${M.answerother}`)])
  fx.learnerOwn = await learnerRecords(as.member.user!.id, M.learner, M.answerown)
  fx.learnerOther = await learnerRecords(otherLearner.id, M.learnertwo, M.answerother)
  fx.learnerOtherId = otherLearner.id
  fx.learnerOtherQuizAnswerId = fx.learnerOther.quizAnswerId
  {
    const lesson = `/en/modules/${fx.modPublic.slug}/lessons/1`
    const r = await submitSiteForm(
      server.url,
      lesson,
      {},
      { postPath: `${lesson}/finish`, waitMs: 0, headers: { cookie: `payload-token=${as.admin.token}`, 'sec-fetch-site': 'same-origin' } },
    )
    if (r.status !== 303) throw new Error(`Fixture training: ${r.request} → ${r.status}`)
    fx.adminEnrolmentId = (await must(as.admin.rest('GET', `/api/enrolments?where[member][equals]=${fx.adminId}&depth=0&limit=1`), 'the admin’s progress')).docs[0].id
  }

  // A published event that points at hidden things.
  const ev = await must(
    E.rest('POST', '/api/events', {
      title: `Live ${M.eventlive}`,
      type: 'webinar',
      startsAt: '2027-01-15T10:00:00.000Z',
      endsAt: '2027-01-15T12:00:00.000Z',
      summary: `Live ${M.eventlive}`,
      online: true,
      joinUrl: `https://meet.example.org/${M.joinlink}`,
      registration: { open: true, capacity: 10 },
      _status: 'published',
      speakers: [personDraft.id],
      hostCity: fx.cityDraft.id,
      cities: [fx.cityDraft.id],
      resources: [fx.resDraft.id, fx.resMembers.id],
      regions: [regionDraft.id],
    }),
    'published event',
  )
  fx.eventLive = { id: ev.doc.id, slug: ev.doc.slug }

  // Two registrations for it, each made by its member on the site: the first named by a marker.
  const registrant = async (marker: string) => {
    const user = await makeUser(marker)
    const login = await restLogin(server.url, user.email, user.password)
    const { token } = (await login.json()) as { token: string }
    const page = `/en/events/${fx.eventLive.slug}/registration`
    const session = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
    const opened = await fetch(`${server.url}${page}`, { headers: session })
    const eventId = (await opened.text()).match(/name="event" value="(\d+)"/)?.[1] ?? ''
    const r = await submitSiteForm(server.url, page, { event: eventId }, { waitMs: 0, headers: session })
    if (r.status !== 303) throw new Error(`Fixture registration: ${r.request} → ${r.status} ${r.text.slice(0, 200)}`)
    const { docs } = await must(as.admin.rest('GET', `/api/event-registrations?where[member][equals]=${user.id}&depth=0`), 'registration')
    return { id: docs[0].id as Id, marker, userId: user.id }
  }
  fx.registration = await registrant(M.registration)
  fx.registrantId = fx.registration.userId
  fx.registration2 = await registrant(mark('registranttwo'))

  // Throwaway published documents that updates and refused deletes aim at.
  fx.targets = {}
  for (const row of rows.filter((r) => r.kind === 'content with drafts')) {
    const sample = {
      cities: { name: `Target ${mark('tcity')}`, country: fx.countryId, latitude: 1, longitude: 1 },
      resources: { title: `Target ${mark('tres')}`, type: 'guide', audience: 'public', documentLanguages: ['en'], publishedOn: '2020-01-01', externalUrl: 'https://example.org/t' },
      'news-articles': { title: 'Target news', type: 'news', publishedOn: '2020-01-01' },
      events: { title: 'Target event', type: 'webinar', startsAt: '2020-01-01T10:00:00.000Z', endsAt: '2020-01-01T11:00:00.000Z' },
      pages: { title: 'Target page' },
      people: { name: 'Target person' },
      'youth-projects': { title: 'Target project', city: fx.rotterdamId, status: 'active' },
      'working-groups': { name: 'Target group' },
      countries: { name: 'Target country', isoCode: 'QY', region: fx.regionId },
      regions: { name: 'Target region' },
      themes: { label: 'Target theme' },
      sectors: { name: 'Target sector' },
      'training-modules': moduleData('Target module', 'public'),
    } as Record<string, Record<string, unknown>>
    fx.targets[row.slug] = (await must(as.admin.rest('POST', `/api/${row.slug}`, { ...sample[row.slug], _status: 'published' }), `target ${row.slug}`)).doc.id
  }

  // An image, an editor's lock on a document, a newsletter issue.
  fx.image = (await must(E.rest('POST', '/api/media', uploadForm(png(), `${M.image}.png`, { alt: `Image ${M.image}` })), 'image')).doc
  fx.lockedCity = fx.ammanId
  fx.lock = (
    await must(
      E.rest('POST', '/api/payload-locked-documents', {
        document: { relationTo: 'cities', value: fx.ammanId },
        globalSlug: null,
        user: { relationTo: 'users', value: E.user!.id },
      }),
      'lock',
    )
  ).doc
  fx.issue = { ...(await must(E.rest('POST', '/api/newsletter-issues', { title: `Issue ${M.issue}` }), 'issue')).doc, marker: M.issue }

  // Inbox items, made through the site's own forms.
  const contact = (marker: string) =>
    submitSiteForm(server.url, '/en/contact', {
      topic: 'general',
      name: 'Matrix tester',
      email: 'tester@outside.example',
      organisation: '',
      message: `Please read ${marker} soon.`,
    })
  const join = (marker: string) =>
    submitSiteForm(server.url, '/en/join', {
      cityName: marker,
      country: country.isoCode,
      population: '1000',
      applicantName: 'Applicant',
      applicantRole: 'Officer',
      applicantEmail: 'applicant@outside.example',
      applicantPhone: '',
      leaderName: 'Mayor',
      leaderRole: 'Mayor',
      focalPointName: 'Focal',
      focalPointEmail: `${marker}@focal.example`,
      motivation: 'To learn.',
      preventionWork: 'Youth forums.',
      consent: 'yes',
    })
  const subscribe = (email: string) => submitSiteForm(server.url, '/en/newsletter', { email, language: 'en' })
  const sub1 = `${M.subscriber}@subscribers.example`
  const sub2 = `${mark('subscribertwo')}@subscribers.example`
  const posted = await Promise.all([contact(M.contact), contact(mark('contacttwo')), join(M.application), join(mark('applicationtwo')), subscribe(sub1), subscribe(sub2)])
  for (const r of posted) if (r.status !== 303) throw new Error(`Fixture form: ${r.request} → ${r.status} ${r.text.slice(0, 200)}`)
  const find = async (slug: string, where: string) => (await must(as.admin.rest('GET', `/api/${slug}?${where}&depth=0&limit=1`), `${slug} ${where}`)).docs[0]
  fx.contact = { id: (await find('contact-messages', `where[message][like]=${M.contact}`)).id, marker: M.contact }
  fx.contact2 = { id: (await find('contact-messages', `where[message][like]=${mark('contacttwo')}`)).id }
  fx.application = { id: (await find('membership-applications', `where[cityName][equals]=${M.application}`)).id, marker: M.application }
  fx.application2 = { id: (await find('membership-applications', `where[cityName][equals]=${mark('applicationtwo')}`)).id }
  fx.subscriber = { id: (await find('subscribers', `where[email][equals]=${sub1}`)).id, marker: M.subscriber }
  fx.subscriber2 = { id: (await find('subscribers', `where[email][equals]=${sub2}`)).id }
  // Both confirm from their mail, then the issue goes out: one delivery each.
  for (const email of [sub1, sub2]) {
    const mail = await waitForMail(server.mailDir, email, /confirm/)
    const confirmed = await submitSiteForm(server.url, linkIn(mail.text!, 'confirm'), {}, { waitMs: 0 })
    if (confirmed.status !== 200) throw new Error(`Fixture: confirming ${email} → ${confirmed.status}`)
  }
  await waitForMail(server.mailDir, 'general@hub.example', new RegExp(M.contact)).catch(() => undefined)
  fx.mail = { id: (await find('outgoing-mail', `where[text][like]=${M.contact}`))?.id, marker: M.contact }
  fx.mail2 = { id: (await find('outgoing-mail', `where[text][like]=${mark('contacttwo')}`))?.id }
  await must(E.rest('PATCH', `/api/newsletter-issues/${fx.issue.id}`, { send: true }), 'send the issue')
  const deadline = Date.now() + 45_000
  for (;;) {
    const { docs } = await must(as.admin.rest('GET', `/api/newsletter-deliveries?where[issue][equals]=${fx.issue.id}&depth=0&limit=10`), 'deliveries')
    const mine = docs.filter((d: any) => [sub1, sub2].includes(d.email))
    if (mine.length >= 2) {
      fx.delivery = { id: mine[0].id, marker: mine[0].email }
      fx.delivery2 = { id: mine[1].id }
      break
    }
    if (Date.now() > deadline) throw new Error('Fixture: the newsletter issue made no deliveries within 45 s')
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  // The password reset for the admin that the probe read back as an editor.
  await submitSiteForm(server.url, '/en/account/forgot', { email: 'admin@hub.example' }, { waitMs: 0 })

  // Two locked accounts for the unlock checks, each from a visitor of its own.
  ;[fx.lockA, fx.lockB] = await Promise.all([lockAccount(mark('locka'), '10.77.0.1'), lockAccount(mark('lockb'), '10.77.0.2')])
}

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: '1' })
  as = await signInRoles(server.url, server.mailDir, { name: `Matrix ${M.learner}`, email: `${mark('member')}@members.example`, password: 'copper meadow lantern 2719' })
  await createFixtures()
}, 240_000)

afterAll(async () => {
  console.log(`access matrix: ${rows.length} collections + ${globalRows.length} globals, ${checks} checks`)
  await server?.stop()
})

// ---------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------

describe('the table covers the real config', () => {
  it('has a row for every collection, Payload’s own included, and no row for a collection that does not exist', () => {
    const slugs = config.collections.map((c) => c.slug).sort()
    expect(rows.map((r) => r.slug).sort(), 'collections in the table vs the config').toEqual(slugs)
  })
  it('has a row for every global', () => {
    expect(globalRows.map((g) => g.slug).sort(), 'globals in the table vs the config').toEqual(config.globals.map((g) => g.slug).sort())
  })
  it('names the channels of every row, and GraphQL wherever the collection has it', () => {
    for (const row of rows) {
      const named = Object.keys(row.channels)
      expect(named.length, `${row.slug} names no channel`).toBeGreaterThan(0)
      for (const c of named) expect(channels as readonly string[], `${row.slug} names an unknown channel ${c}`).toContain(c)
      for (const c of ['rest-list', 'create'] as const) expect(named, `${row.slug} must name ${c}`).toContain(c)
      const collection = config.collections.find((c) => c.slug === row.slug)
      if (collection && collection.graphQL !== false) expect(named, `${row.slug} has GraphQL but no graphql channel`).toContain('graphql')
      if (collection?.versions && (collection.versions as { drafts?: unknown }).drafts) {
        for (const c of ['rest-versions', 'rest-version-id', 'rest-draft', 'graphql-versions', 'rest-where', 'update', 'delete'] as const)
          expect(named, `${row.slug} has drafts but no ${c} channel`).toContain(c)
      }
      if (collection?.upload) expect(named, `${row.slug} holds files but names no file-url channel`).toContain('file-url')
      for (const [c, s] of Object.entries(row.channels)) expect(s!.roles.length, `${row.slug} · ${c} covers no role`).toBeGreaterThan(0)
    }
  })
})

const readChannelNames: Channel[] = [
  'rest-list',
  'rest-id',
  'rest-draft',
  'rest-versions',
  'rest-version-id',
  'rest-depth',
  'rest-where',
  'graphql',
  'graphql-versions',
  'file-url',
  'pages',
  'search',
  'feeds',
  'sitemap',
  'exports',
]
const writeChannelNames: Channel[] = ['create', 'update', 'file-replace', 'unlock', 'delete', 'protected-fields']

describe.concurrent('reading', () => {
  for (const row of rows) {
    for (const channel of readChannelNames) {
      const s = row.channels[channel]
      if (!s) continue
      for (const role of s.roles) {
        it(`${row.slug} · ${channel} · ${role}`, async ({ expect: e }) => {
          await s.run(role, probe(e, role, row.slug, channel))
        })
      }
    }
  }
  for (const g of globalRows) {
    for (const channel of ['rest-read', 'graphql'] as const) {
      const s = g.channels[channel]!
      for (const role of s.roles) it(`global ${g.slug} · ${channel} · ${role}`, async ({ expect: e }) => s.run(role, probe(e, role, `global ${g.slug}`, channel)))
    }
  }
})

// Writes run one at a time, after every read, in role order (refused roles first, the admin last).
describe('writing', () => {
  for (const row of rows) {
    for (const channel of writeChannelNames) {
      const s = row.channels[channel]
      if (!s) continue
      for (const role of s.roles) {
        it(`${row.slug} · ${channel} · ${role}`, async ({ expect: e }) => {
          await s.run(role, probe(e, role, row.slug, channel))
        })
      }
    }
  }
  for (const g of globalRows) {
    const s = g.channels.update!
    for (const role of s.roles) it(`global ${g.slug} · update · ${role}`, async ({ expect: e }) => s.run(role, probe(e, role, `global ${g.slug}`, 'update')))
  }
})
