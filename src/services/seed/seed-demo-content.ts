import { readFileSync } from 'node:fs'
import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'
import type { City, Resource } from '../../cms/payload-types'
import type {
  DemoCity,
  DemoCountry,
  DemoPerson,
  DemoRegion,
  DemoResource,
  DemoRichText,
  DemoSector,
  DemoSourceLink,
  DemoTheme,
  DemoWorkingGroup,
  LocaleCode,
  Localized,
} from './demo-data-types'
import { placeholderPdf } from './placeholder-pdf'
import { seedBrand } from './seed-brand'
import { seedPhotos } from './seed-photos'
import { seedNavigation } from './seed-navigation'
import { idOf, type LocaleData, published, richText, type SeedIds, seedProgrammes, seedRegistrations } from './seed-programmes'
import { seedTrainingModules } from './seed-training'
import { defaultLocale, localeCodes } from '../../content/locales'

type Id = number

/**
 * The demo files spell document languages as the select's option values. Read
 * as trusted as the rest of each file (see load), and Payload still checks
 * every value when it is written.
 */
type DocumentLanguage = Resource['documentLanguages'][number]
type SeedSourceLink = Omit<DemoSourceLink, 'documentLanguage'> & { documentLanguage: DocumentLanguage }
type SeedCity = Omit<DemoCity, 'sourceGroups'> & { sourceGroups: { title: Localized; links: SeedSourceLink[] }[] }
type SeedResource = Omit<DemoResource, 'documentLanguages'> & { documentLanguages: DocumentLanguage[] }

// Every language of the hub; one the demo has no text for is left to fall back to English.
const translations = localeCodes.filter((code) => code !== defaultLocale)

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as T
}

/** Logins the README and the start-up banner show; demo only. */
export const demoLogins = [
  { role: 'admin', email: 'admin@hub.example', password: 'demo-admin-password', name: 'Demo administrator' },
  { role: 'editor', email: 'editor@hub.example', password: 'demo-editor-password', name: 'Demo network editor' },
  { role: 'city-editor', email: 'rotterdam@hub.example', password: 'demo-city-password', name: 'Demo Rotterdam focal point', city: 'rotterdam' },
] as const

/** Value of a localized demo field in one language, or undefined so that language stays empty. */
const inLocale = <T>(field: Localized<T> | undefined, locale: LocaleCode): T | undefined => field?.[locale]
const pick = (map: Map<string, Id>, slugs: string[]) => slugs.map((s) => map.get(s)).filter((v): v is Id => v !== undefined)

async function findBy<S extends CollectionSlug>(payload: Payload, collection: S, field: string, value: string): Promise<DataFromCollectionSlug<S> | undefined> {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true, overrideAccess: true })
  return docs[0]
}

/**
 * Creates the document in English if it does not exist yet, then writes the
 * other languages. Keyed by slug, so a seed cut short can simply run again.
 */
async function upsertLocalized<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  key: { field: string; value: string },
  dataFor: (locale: LocaleCode, existing?: DataFromCollectionSlug<S>) => LocaleData<S>,
): Promise<Id> {
  const existing = await findBy(payload, collection, key.field, key.value)
  if (existing) return existing.id
  const created = await payload.create({ collection, locale: 'en', data: published(dataFor('en')), overrideAccess: true, depth: 0 })
  for (const locale of translations) {
    await payload.update({ collection, id: created.id, locale, data: published(dataFor(locale, created)), overrideAccess: true, depth: 0 })
  }
  return created.id
}

function cityData(city: SeedCity, locale: LocaleCode, ids: SeedIds, existing?: City): LocaleData<'cities'> {
  const rich = (field: Localized<DemoRichText>) => richText(field, locale)
  const rowId = (path: (doc: City) => { id?: string | null }[] | null | undefined, i: number) => (existing ? path(existing)?.[i]?.id : undefined)
  return {
    name: inLocale(city.name, locale),
    slug: city.slug,
    country: idOf(ids.countries, city.country),
    population: city.population,
    populationYear: city.populationYear,
    latitude: city.latitude,
    longitude: city.longitude,
    memberSince: city.memberSince,
    lastReviewed: city.lastReviewed,
    isSample: city.sample,
    leaders: pick(ids.people, city.leaders),
    themes: pick(ids.themes, city.themes),
    workingGroups: pick(ids.workingGroups, city.workingGroups),
    background: rich(city.background),
    nationalOverview: rich(city.nationalOverview),
    localOverview: rich(city.localOverview),
    sourceGroups: city.sourceGroups.map((g, i) => ({
      id: rowId((d) => d.sourceGroups, i),
      title: inLocale(g.title, locale),
      links: g.links.map((l, j) => ({
        id: rowId((d) => d.sourceGroups?.[i]?.links, j),
        title: inLocale(l.title, locale),
        url: l.url,
        documentLanguage: l.documentLanguage,
        note: inLocale(l.note, locale),
      })),
    })),
    initiatives: city.initiatives.map((item, i) => ({
      id: rowId((d) => d.initiatives, i),
      title: inLocale(item.title, locale),
      body: rich(item.body),
      url: item.url,
    })),
    sectorActivities: city.sectorActivities.map((a, i) => ({
      id: rowId((d) => d.sectorActivities, i),
      sector: idOf(ids.sectors, a.sector),
      body: rich(a.body),
    })),
  }
}

async function seedDocument(payload: Payload, resource: DemoResource): Promise<Id> {
  const name = `${resource.slug}.pdf`
  const existing = await findBy(payload, 'documents', 'filename', name)
  if (existing) return existing.id
  const data = placeholderPdf(resource.title.en, 'Demonstration document of the Strong Cities Hub.')
  const doc = await payload.create({
    collection: 'documents',
    data: { audience: resource.audience },
    file: { data, mimetype: 'application/pdf', name, size: data.length },
    overrideAccess: true,
  })
  return doc.id
}

function resourceData(r: SeedResource, locale: LocaleCode, ids: SeedIds, file: Id | undefined): LocaleData<'resources'> {
  return {
    slug: r.slug,
    type: r.type,
    title: inLocale(r.title, locale),
    summary: inLocale(r.summary, locale),
    documentLanguages: r.documentLanguages,
    publishedOn: r.publishedOn,
    lastUpdated: r.lastUpdated,
    audience: r.audience,
    file,
    externalUrl: r.externalUrl,
    themes: pick(ids.themes, r.themes),
    regions: pick(ids.regions, r.regions),
    cities: pick(ids.cities, r.cities),
    sectors: pick(ids.sectors, r.sectors),
  }
}

/**
 * Fills an empty hub with the demo network. It runs on the first start only
 * (no user accounts yet), so content an editor later deletes stays deleted.
 */
export async function seedDemoContent(payload: Payload): Promise<boolean> {
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users > 0) return false
  payload.logger.info('Seeding the demo content…')

  const ids: SeedIds = {
    regions: new Map(),
    countries: new Map(),
    sectors: new Map(),
    themes: new Map(),
    workingGroups: new Map(),
    people: new Map(),
    cities: new Map(),
    resources: new Map(),
  }
  for (const r of load<DemoRegion[]>('regions')) {
    ids.regions.set(
      r.slug,
      await upsertLocalized(payload, 'regions', { field: 'slug', value: r.slug }, (l) => ({
        slug: r.slug,
        name: inLocale(r.name, l),
        summary: inLocale(r.summary, l),
        hubTeamEmail: `${r.slug}-hub@hub.example`,
      })),
    )
  }
  for (const c of load<DemoCountry[]>('countries')) {
    ids.countries.set(
      c.iso2,
      await upsertLocalized(payload, 'countries', { field: 'isoCode', value: c.iso2 }, (l) => ({
        isoCode: c.iso2,
        name: inLocale(c.name, l),
        region: idOf(ids.regions, c.region),
      })),
    )
  }
  for (const s of load<DemoSector[]>('sectors')) {
    ids.sectors.set(s.slug, await upsertLocalized(payload, 'sectors', { field: 'slug', value: s.slug }, (l) => ({ slug: s.slug, name: inLocale(s.name, l) })))
  }
  for (const th of load<DemoTheme[]>('themes')) {
    ids.themes.set(th.slug, await upsertLocalized(payload, 'themes', { field: 'slug', value: th.slug }, (l) => ({ slug: th.slug, label: inLocale(th.label, l) })))
  }
  // status: 'active' is the field's default, given because Payload's create type requires defaulted fields; seedProgrammes sets each group's real status.
  for (const g of load<DemoWorkingGroup[]>('working-groups')) {
    ids.workingGroups.set(
      g.slug,
      await upsertLocalized(payload, 'working-groups', { field: 'slug', value: g.slug }, (l) => ({
        slug: g.slug,
        name: inLocale(g.name, l),
        summary: inLocale(g.summary, l),
        status: 'active',
      })),
    )
  }
  const people = load<DemoPerson[]>('people')
  for (const p of people) {
    ids.people.set(
      p.slug,
      await upsertLocalized(payload, 'people', { field: 'slug', value: p.slug }, (l) => ({ slug: p.slug, name: inLocale(p.name, l), role: inLocale(p.role, l) })),
    )
  }
  for (const city of load<SeedCity[]>('cities')) {
    ids.cities.set(city.slug, await upsertLocalized(payload, 'cities', { field: 'slug', value: city.slug }, (l, existing) => cityData(city, l, ids, existing)))
  }
  for (const r of load<SeedResource[]>('resources')) {
    const file = r.file ? await seedDocument(payload, r) : undefined
    ids.resources.set(r.slug, await upsertLocalized(payload, 'resources', { field: 'slug', value: r.slug }, (l) => resourceData(r, l, ids, file)))
  }
  for (const p of people) {
    const cityId = ids.cities.get(p.city)
    if (cityId) await payload.update({ collection: 'people', id: ids.people.get(p.slug)!, data: { city: cityId, _status: 'published' }, overrideAccess: true, depth: 0 })
  }

  await seedProgrammes(payload, ids)
  await seedTrainingModules(payload, ids)
  await seedNavigation(payload)

  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: {
      networkName: 'Strong Cities Network',
      tagline: 'A global network of cities preventing hate, extremism and polarisation.',
      introduction:
        'Mayors, city officials and practitioners share what works to keep their communities safe and cohesive. Browse member cities, learn from their approaches and connect with peers.',
    },
    overrideAccess: true,
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'fr',
    data: {
      networkName: 'Strong Cities Network',
      tagline: 'Un réseau mondial de villes qui préviennent la haine, l’extrémisme et la polarisation.',
      introduction:
        'Maires, responsables municipaux et praticiens partagent ce qui fonctionne pour des communautés sûres et solidaires. Parcourez les villes membres, inspirez-vous de leurs approches et échangez avec vos pairs.',
    },
    overrideAccess: true,
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'ar',
    data: {
      networkName: 'شبكة المدن القوية',
      tagline: 'شبكة عالمية من المدن تعمل على الوقاية من الكراهية والتطرف والاستقطاب.',
      introduction: 'يتبادل رؤساء البلديات والمسؤولون المحليون والممارسون ما ينجح في الحفاظ على مجتمعات آمنة ومتماسكة. تصفّح المدن الأعضاء وتعلّم من تجاربها وتواصل مع نظرائك.',
    },
    overrideAccess: true,
  })

  await seedBrand(payload)
  await seedPhotos(payload)

  // Accounts last: their existence is what marks the seed as done.
  for (const login of demoLogins) {
    const assignedCities = 'city' in login ? [ids.cities.get(login.city)!] : []
    await payload.create({
      collection: 'users',
      data: { email: login.email, password: login.password, name: login.name, roles: [login.role], assignedCities, _verified: true },
      overrideAccess: true,
    })
  }
  await seedRegistrations(payload)
  payload.logger.info('Demo content ready.')
  return true
}
