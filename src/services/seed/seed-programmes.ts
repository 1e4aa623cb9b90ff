import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { zonedToUtc } from '../../content/zoned-time'
import type {
  DemoCommitteeSeat, DemoEvent, DemoHubTeam, DemoNewsArticle, DemoPage, DemoPageBlock, DemoWorkingGroupDetails, DemoYouthProject, LocaleCode, Localized,
} from './demo-data-types'
import { placeholderPortrait } from './placeholder-portrait'
import { placeholderScene } from './placeholder-scene'
import { toLexical } from './to-lexical'
import { defaultLocale, localeCodes } from '../../content/locales'

type Id = number
type Doc = Record<string, any>
export type SeedIds = Record<string, Map<string, Id>>

// Every language of the hub; one the demo has no text for is left to fall back to English.
const translations = localeCodes.filter((code) => code !== defaultLocale)
const load = <T,>(name: string): T => JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as T
const pick = (map: Map<string, Id>, slugs: string[] = []) => slugs.map((s) => map.get(s)).filter((v): v is Id => v !== undefined)

/** Creates a published document in English, then adds the other languages; array rows keep their ids so each language fills the same rows. */
async function createLocalized(payload: Payload, collection: any, dataFor: (locale: LocaleCode, existing?: Doc) => Doc): Promise<Id> {
  const created = (await payload.create({ collection, locale: 'en', data: { ...dataFor('en'), _status: 'published' }, overrideAccess: true, depth: 0 })) as Doc
  for (const locale of translations) {
    await payload.update({ collection, id: created.id, locale, data: { ...dataFor(locale, created), _status: 'published' }, overrideAccess: true, depth: 0 })
  }
  return created.id
}

async function createImage(payload: Payload, name: string, data: Buffer, mimetype: string, alt: Localized): Promise<Id> {
  const media = (await payload.create({ collection: 'media', locale: 'en', data: { alt: alt.en }, file: { data, mimetype, name, size: data.length }, overrideAccess: true })) as Doc
  for (const locale of translations) {
    if (alt[locale]) await payload.update({ collection: 'media', id: media.id, locale, data: { alt: alt[locale] }, overrideAccess: true })
  }
  return media.id
}

const rowIds = (existing: Doc | undefined, field: string) => (existing?.[field] ?? []).map((row: Doc) => row.id)

async function seedHubTeams(payload: Payload, ids: SeedIds) {
  for (const team of load<DemoHubTeam[]>('hub-teams')) {
    const members: Id[] = []
    for (const m of team.members) {
      const photo = await createImage(payload, `portrait-${m.slug}.png`, await placeholderPortrait(m.name), 'image/png', { en: `Placeholder portrait of ${m.name}`, fr: `Portrait d’illustration de ${m.name}`, ar: `صورة توضيحية لـ ${m.name}` })
      const id = await createLocalized(payload, 'people', (l) => ({ slug: m.slug, name: m.name, role: m.role[l], photo }))
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
        collection: 'working-groups', id, locale, overrideAccess: true, depth: 0,
        data: { purpose: g.purpose[locale], chairCity: ids.cities.get(g.chairCity), status: g.status, startedOn: g.startedOn, endedOn: g.endedOn, outputs: pick(ids.resources, g.outputs) },
      })
    }
  }
}

async function seedCommittee(payload: Payload, ids: SeedIds) {
  for (const seat of load<DemoCommitteeSeat[]>('committee')) {
    const city = ids.cities.get(seat.city)
    if (!city) continue
    await payload.update({
      collection: 'cities', id: city, overrideAccess: true, depth: 0,
      data: { steeringCommittee: { member: true, termStart: seat.termStart, termEnd: seat.termEnd, representative: ids.people.get(seat.representative) }, _status: 'published' },
    })
  }
}

async function seedYouthProjects(payload: Payload, ids: SeedIds) {
  for (const p of load<DemoYouthProject[]>('youth-projects')) {
    await createLocalized(payload, 'youth-projects', (l) => ({ slug: p.slug, title: p.title[l], summary: p.summary[l], status: p.status, city: ids.cities.get(p.city) }))
  }
}

async function seedNews(payload: Payload, ids: SeedIds) {
  for (const a of load<DemoNewsArticle[]>('news')) {
    const leadImage = await createImage(payload, `news-${a.slug}.jpg`, await placeholderScene(a.title.en), 'image/jpeg', a.imageAlt)
    await createLocalized(payload, 'news-articles', (l) => ({
      slug: a.slug, type: a.type, title: a.title[l], summary: a.summary[l], body: a.body[l] ? toLexical(a.body[l]!) : undefined,
      publishedOn: a.publishedOn, author: a.author, leadImage, youngCities: a.youngCities,
      themes: pick(ids.themes, a.themes), regions: pick(ids.regions, a.regions), cities: pick(ids.cities, a.cities),
    }))
  }
}

async function seedEvents(payload: Payload, ids: SeedIds) {
  for (const e of load<DemoEvent[]>('events')) {
    const at = (local: string) => zonedToUtc(local, e.timeZone).toISOString()
    await createLocalized(payload, 'events', (l, existing) => ({
      slug: e.slug, type: e.type, title: e.title[l], summary: e.summary[l], description: e.description[l] ? toLexical(e.description[l]!) : undefined,
      startsAt: at(e.startsAt), startsAt_tz: e.timeZone, endsAt: at(e.endsAt), endsAt_tz: e.timeZone,
      online: e.online, venue: e.venue?.[l], hostCity: e.hostCity ? ids.cities.get(e.hostCity) : undefined,
      regions: pick(ids.regions, e.regions), cities: pick(ids.cities, e.cities), resources: pick(ids.resources, e.resources), speakers: pick(ids.people, e.speakers),
      agenda: e.agenda.map((s, i) => ({ id: rowIds(existing, 'agenda')[i], title: s.title[l], startsAt: at(s.startsAt), startsAt_tz: e.timeZone, endsAt: at(s.endsAt), endsAt_tz: e.timeZone, speakers: pick(ids.people, s.speakers) })),
      recordings: e.recordings.map((r, i) => ({ id: rowIds(existing, 'recordings')[i], title: r.title[l], url: r.url })),
      outcomes: pick(ids.resources, e.outcomes), youngCities: e.youngCities,
    }))
  }
}

async function blockData(payload: Payload, block: DemoPageBlock, l: LocaleCode, ids: SeedIds, images: Map<DemoPageBlock, Id>, existingRow?: Doc): Promise<Doc> {
  const base = { id: existingRow?.id, blockType: block.block }
  switch (block.block) {
    case 'richText':
      return { ...base, body: block.body[l] ? toLexical(block.body[l]!) : undefined }
    case 'image':
      if (!images.has(block)) images.set(block, await createImage(payload, `page-image-${images.size + 1}.jpg`, await placeholderScene(block.alt.en), 'image/jpeg', block.alt))
      return { ...base, image: images.get(block), caption: block.caption[l] }
    case 'quote':
      return { ...base, text: block.text[l], attribution: block.attribution[l] }
    case 'callToAction':
      return { ...base, heading: block.heading[l], text: block.text[l], label: block.label[l], href: block.href }
    case 'peopleGrid':
      return { ...base, heading: block.heading[l], people: pick(ids.people, block.people) }
    case 'faq':
      return { ...base, heading: block.heading[l], items: block.items.map((item, i) => ({ id: existingRow?.items?.[i]?.id, question: item.question[l], answer: item.answer[l] ? toLexical(item.answer[l]!) : undefined })) }
  }
}

async function seedPages(payload: Payload, ids: SeedIds) {
  const images = new Map<DemoPageBlock, Id>()
  for (const page of load<DemoPage[]>('pages')) {
    const layout = async (l: LocaleCode, existing?: Doc) => Promise.all(page.blocks.map((b, i) => blockData(payload, b, l, ids, images, existing?.layout?.[i])))
    const en = await layout('en')
    const created = (await payload.create({ collection: 'pages', locale: 'en', data: { slug: page.slug, title: page.title.en, summary: page.summary.en, layout: en as any, _status: 'published' }, overrideAccess: true, depth: 0 })) as Doc
    for (const l of translations) {
      await payload.update({ collection: 'pages', id: created.id, locale: l, data: { title: page.title[l], summary: page.summary[l], layout: (await layout(l, created)) as any, _status: 'published' }, overrideAccess: true, depth: 0 })
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
