import { readFileSync } from 'node:fs'
import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { DeepPartial } from 'ts-essentials'
import type { NewsArticle, Page, SupportedTimezones } from '../../cms/payload-types'
import { zonedToUtc } from '../../content/zoned-time'
import type {
  DemoCommitteeSeat,
  DemoEvent,
  DemoHubTeam,
  DemoNewsArticle,
  DemoPage,
  DemoPageBlock,
  DemoRichText,
  DemoWorkingGroupDetails,
  DemoYouthProject,
  LocaleCode,
  Localized,
} from './demo-data-types'
import { placeholderScene } from './placeholder-scene'
import { toLexical } from './to-lexical'
import { defaultLocale, localeCodes } from '../../content/locales'

type Id = number
export type SeedIds = Record<string, Map<string, Id>>

/**
 * One language's data for a document of collection S. English creates the
 * document, so it must be complete; translations are written with Payload's
 * update, whose data type is DeepPartial (ts-essentials, as Payload's own
 * signature has it). Complete data fits both, but for a generic S TypeScript
 * cannot see that, so the type states both; for a concrete slug it is the
 * same check as the create alone.
 */
export type LocaleData<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S> & DeepPartial<RequiredDataFromCollectionSlug<S>>

/** Adds the published status; generic, so it also spreads LocaleData, which TypeScript will not spread directly (DeepPartial is a conditional type). */
export const published = <T extends object>(data: T): T & { _status: 'published' } => ({ ...data, _status: 'published' })

/** Payload's type of a rich-text value; every rich-text field of the hub has the same. */
type RichText = NonNullable<NewsArticle['body']>

/**
 * One language of a demo text as Lexical JSON, or undefined so that language stays empty.
 * The one assertion left: toLexical builds exactly this shape but types it loosely
 * (children as unknown[], direction and format as string); typing its result in
 * to-lexical.ts as RichText would make the assertion unnecessary.
 */
export function richText(field: Localized<DemoRichText> | undefined, locale: LocaleCode): RichText | undefined {
  const value = field?.[locale]
  return value ? (toLexical(value) as RichText) : undefined
}

/** Id of a document seeded earlier, for a relationship Payload requires; a miss is a typo in the demo files, which Payload would refuse anyway. */
export function idOf(map: Map<string, Id>, slug: string): Id {
  const id = map.get(slug)
  if (id === undefined) throw new Error(`The demo data refers to "${slug}", which was not seeded.`)
  return id
}

/** The demo files give each event's zone as one of the configured time zones; read as trusted as the rest of the file, and Payload still checks it. */
type SeedEvent = Omit<DemoEvent, 'timeZone'> & { timeZone: SupportedTimezones }

type PageBlock = NonNullable<Page['layout']>[number]
type QuoteBlock = Extract<PageBlock, { blockType: 'quote' }>
/**
 * A page block in language L. Payload requires a quote's text, but only
 * English is sure to have it: a translation without it is still saved, so
 * there the text may be undefined.
 */
type PageBlockIn<L extends LocaleCode> = Exclude<PageBlock, QuoteBlock> | (Omit<QuoteBlock, 'text'> & { text: Localized[L] })

// Every language of the hub; one the demo has no text for is left to fall back to English.
const translations = localeCodes.filter((code) => code !== defaultLocale)
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as T
const pick = (map: Map<string, Id>, slugs: string[] = []) => slugs.map((s) => map.get(s)).filter((v): v is Id => v !== undefined)

/** Creates a published document in English, then adds the other languages; array rows keep their ids so each language fills the same rows. */
async function createLocalized<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  dataFor: (locale: LocaleCode, existing?: DataFromCollectionSlug<S>) => LocaleData<S>,
): Promise<Id> {
  const created = await payload.create({ collection, locale: 'en', data: published(dataFor('en')), overrideAccess: true, depth: 0 })
  for (const locale of translations) {
    await payload.update({ collection, id: created.id, locale, data: published(dataFor(locale, created)), overrideAccess: true, depth: 0 })
  }
  return created.id
}

export async function createImage(payload: Payload, name: string, data: Buffer, mimetype: string, alt: Localized): Promise<Id> {
  const media = await payload.create({ collection: 'media', locale: 'en', data: { alt: alt.en }, file: { data, mimetype, name, size: data.length }, overrideAccess: true })
  for (const locale of translations) {
    if (alt[locale]) await payload.update({ collection: 'media', id: media.id, locale, data: { alt: alt[locale] }, overrideAccess: true })
  }
  return media.id
}

const rowIds = (rows: { id?: string | null }[] | null | undefined) => (rows ?? []).map((row) => row.id)

async function seedHubTeams(payload: Payload, ids: SeedIds) {
  for (const team of load<DemoHubTeam[]>('hub-teams')) {
    const members: Id[] = []
    for (const m of team.members) {
      const id = await createLocalized(payload, 'people', (l) => ({ slug: m.slug, name: m.name[l], role: m.role[l] }))
      ids.people.set(m.slug, id)
      members.push(id)
    }
    const region = ids.regions.get(team.region)
    if (region) await payload.update({ collection: 'regions', id: region, data: { hubTeam: members }, overrideAccess: true, depth: 0 })
  }
}

async function seedWorkingGroupDetails(payload: Payload, ids: SeedIds) {
  for (const g of load<DemoWorkingGroupDetails[]>('working-group-details')) {
    const id = ids.workingGroups.get(g.slug)
    if (!id) continue
    for (const locale of localeCodes) {
      await payload.update({
        collection: 'working-groups',
        id,
        locale,
        overrideAccess: true,
        depth: 0,
        data: {
          purpose: g.purpose[locale],
          chairCity: ids.cities.get(g.chairCity),
          status: g.status,
          startedOn: g.startedOn,
          endedOn: g.endedOn,
          outputs: pick(ids.resources, g.outputs),
        },
      })
    }
  }
}

async function seedCommittee(payload: Payload, ids: SeedIds) {
  for (const seat of load<DemoCommitteeSeat[]>('committee')) {
    const city = ids.cities.get(seat.city)
    if (!city) continue
    await payload.update({
      collection: 'cities',
      id: city,
      overrideAccess: true,
      depth: 0,
      data: { steeringCommittee: { member: true, termStart: seat.termStart, termEnd: seat.termEnd, representative: ids.people.get(seat.representative) }, _status: 'published' },
    })
  }
}

async function seedYouthProjects(payload: Payload, ids: SeedIds) {
  for (const p of load<DemoYouthProject[]>('youth-projects')) {
    await createLocalized(payload, 'youth-projects', (l) => ({ slug: p.slug, title: p.title[l], summary: p.summary[l], status: p.status, city: idOf(ids.cities, p.city) }))
  }
}

async function seedNews(payload: Payload, ids: SeedIds) {
  for (const a of load<DemoNewsArticle[]>('news')) {
    const leadImage = await createImage(payload, `news-${a.slug}.jpg`, await placeholderScene(a.title.en), 'image/jpeg', a.imageAlt)
    await createLocalized(payload, 'news-articles', (l) => ({
      slug: a.slug,
      type: a.type,
      title: a.title[l],
      summary: a.summary[l],
      body: richText(a.body, l),
      publishedOn: a.publishedOn,
      author: a.author,
      leadImage,
      youngCities: a.youngCities,
      themes: pick(ids.themes, a.themes),
      regions: pick(ids.regions, a.regions),
      cities: pick(ids.cities, a.cities),
    }))
  }
}

async function seedEvents(payload: Payload, ids: SeedIds) {
  for (const e of load<SeedEvent[]>('events')) {
    const at = (local: string) => zonedToUtc(local, e.timeZone).toISOString()
    await createLocalized(payload, 'events', (l, existing) => ({
      slug: e.slug,
      type: e.type,
      title: e.title[l],
      summary: e.summary[l],
      description: richText(e.description, l),
      startsAt: at(e.startsAt),
      startsAt_tz: e.timeZone,
      endsAt: at(e.endsAt),
      endsAt_tz: e.timeZone,
      online: e.online,
      venue: e.venue?.[l],
      hostCity: e.hostCity ? ids.cities.get(e.hostCity) : undefined,
      regions: pick(ids.regions, e.regions),
      cities: pick(ids.cities, e.cities),
      resources: pick(ids.resources, e.resources),
      speakers: pick(ids.people, e.speakers),
      agenda: e.agenda.map((s, i) => ({
        id: rowIds(existing?.agenda)[i],
        title: s.title[l],
        startsAt: at(s.startsAt),
        startsAt_tz: e.timeZone,
        endsAt: at(s.endsAt),
        endsAt_tz: e.timeZone,
        speakers: pick(ids.people, s.speakers),
      })),
      recordings: e.recordings.map((r, i) => ({ id: rowIds(existing?.recordings)[i], title: r.title[l], url: r.url })),
      outcomes: pick(ids.resources, e.outcomes),
      youngCities: e.youngCities,
      joinUrl: e.joinUrl,
      registration: e.registration ? { open: true, capacity: e.registration.capacity, closesAt: at(e.registration.closesAt) } : undefined,
    }))
  }
}

/**
 * The demo logins already registered for demo events, so one of them is
 * nearly full. Stored directly: a demo needs no confirmation mail.
 */
export async function seedRegistrations(payload: Payload) {
  for (const e of load<SeedEvent[]>('events')) {
    for (const [i, email] of (e.registration?.registrants ?? []).entries()) {
      const [event] = (await payload.find({ collection: 'events', where: { slug: { equals: e.slug } }, depth: 0, limit: 1, overrideAccess: true })).docs
      const [member] = (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true })).docs
      await payload.create({
        collection: 'event-registrations',
        data: {
          event: event.id,
          member: member.id,
          status: 'confirmed',
          registeredAt: new Date(Date.now() - (10 - i) * 86_400_000).toISOString(),
          locale: 'en',
          title: `${member.name} · ${event.title}`,
        },
        overrideAccess: true,
      })
    }
  }
}

/** The page's image, created on its first language and reused by the others. */
async function pageImage(payload: Payload, block: Extract<DemoPageBlock, { block: 'image' }>, images: Map<DemoPageBlock, Id>): Promise<Id> {
  const known = images.get(block)
  if (known !== undefined) return known
  const id = await createImage(payload, `page-image-${images.size + 1}.jpg`, await placeholderScene(block.alt.en), 'image/jpeg', block.alt)
  images.set(block, id)
  return id
}

async function blockData<L extends LocaleCode>(
  payload: Payload,
  block: DemoPageBlock,
  l: L,
  ids: SeedIds,
  images: Map<DemoPageBlock, Id>,
  existingRow?: PageBlock,
): Promise<PageBlockIn<L>> {
  const id = existingRow?.id
  switch (block.block) {
    case 'richText':
      return { id, blockType: block.block, body: richText(block.body, l) }
    case 'image':
      return { id, blockType: block.block, image: await pageImage(payload, block, images), caption: block.caption[l] }
    case 'quote':
      return { id, blockType: block.block, text: block.text[l], attribution: block.attribution[l] }
    case 'callToAction':
      return { id, blockType: block.block, heading: block.heading[l], text: block.text[l], label: block.label[l], href: block.href }
    case 'peopleGrid':
      return { id, blockType: block.block, heading: block.heading[l], people: pick(ids.people, block.people) }
    case 'faq': {
      // existingRow is this same block as English saved it (blocks keep their order), so it is a faq too; the check tells TypeScript.
      const rows = existingRow?.blockType === 'faq' ? existingRow.items : undefined
      return {
        id,
        blockType: block.block,
        heading: block.heading[l],
        items: block.items.map((item, i) => ({ id: rows?.[i]?.id, question: item.question[l], answer: richText(item.answer, l) })),
      }
    }
  }
}

async function seedPages(payload: Payload, ids: SeedIds) {
  const images = new Map<DemoPageBlock, Id>()
  for (const page of load<DemoPage[]>('pages')) {
    const layout = <L extends LocaleCode>(l: L, existing?: Page) => Promise.all(page.blocks.map((b, i) => blockData(payload, b, l, ids, images, existing?.layout?.[i])))
    const created = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: { slug: page.slug, title: page.title.en, summary: page.summary.en, layout: await layout('en'), _status: 'published' },
      overrideAccess: true,
      depth: 0,
    })
    for (const l of translations) {
      await payload.update({
        collection: 'pages',
        id: created.id,
        locale: l,
        data: { title: page.title[l], summary: page.summary[l], layout: await layout(l, created), _status: 'published' },
        overrideAccess: true,
        depth: 0,
      })
    }
  }
}

/** Regional hub teams, working groups' details, the committee, Young Cities, news, events and about pages. */
export async function seedProgrammes(payload: Payload, ids: SeedIds) {
  await seedHubTeams(payload, ids)
  await seedWorkingGroupDetails(payload, ids)
  await seedCommittee(payload, ids)
  await seedYouthProjects(payload, ids)
  await seedNews(payload, ids)
  await seedEvents(payload, ids)
  await seedPages(payload, ids)
}
