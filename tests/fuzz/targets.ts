import { configToSchema } from '@payloadcms/graphql'
import Fastify from 'fastify'
import type { GraphQLSchema } from 'graphql'
import type { Payload, SanitizedConfig } from 'payload'
import { ZCityFiltersSchema } from '../../src/services/cities/filter-cities'
import { ZSearchParamsSchema } from '../../src/services/search/search-params'
import { registerSite } from '../../src/site/app'
import { ZEventParamsSchema, ZNewsParamsSchema } from '../../src/site/routes/list-params'

/**
 * What the fuzz suite attacks, read from the app itself so a new route,
 * filter, collection or field is fuzzed without anyone listing it here.
 */
export type SiteRoute = { method: string; url: string; params: string[] }
export type PayloadField = { name: string; type: string }
export type CollectionTarget = { slug: string; fields: PayloadField[]; versions: boolean; auth: boolean; upload: boolean }
export type GlobalTarget = { slug: string; fields: PayloadField[]; versions: boolean }

export type Targets = {
  routes: SiteRoute[]
  /** Query parameters each route reads, by route URL; every route also gets the others. */
  queryNames: Record<string, string[]>
  allQueryNames: string[]
  collections: CollectionTarget[]
  globals: GlobalTarget[]
  graphql: GraphQLSchema
}

/** Routes as the site registers them, collected with Fastify's onRoute hook on an app that never serves. */
async function siteRoutes(): Promise<SiteRoute[]> {
  const app = Fastify()
  const routes: SiteRoute[] = []
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue
      routes.push({ method, url: route.url!, params: [...route.url!.matchAll(/:(\w+)/g)].map((m) => m[1]) })
    }
  })
  // Registering reads nothing from Payload; handlers would, but none runs here.
  await registerSite(app, { payload: {} as Payload, origin: 'http://127.0.0.1' })
  await app.ready()
  await app.close()
  return routes
}

// The query schemas the route handlers parse. Tokens are read from the query by the confirmation and reset links.
const routeQuerySchemas: Record<string, { shape: Record<string, unknown> }> = {
  '/:locale/search': ZSearchParamsSchema,
  '/:locale/resources': ZSearchParamsSchema,
  '/api/search': ZSearchParamsSchema,
  '/:locale/news': ZNewsParamsSchema,
  '/:locale/events': ZEventParamsSchema,
  '/:locale/cities': ZCityFiltersSchema,
}
const linkQueryNames = ['token']

const fieldsOf = (fields: { name?: string; type: string }[]): PayloadField[] => [
  { name: 'id', type: 'number' },
  ...fields.filter((f): f is PayloadField => typeof f.name === 'string').map((f) => ({ name: f.name, type: f.type })),
]

export async function loadTargets(): Promise<Targets> {
  const config: SanitizedConfig = await (await import('../../src/cms/payload.config')).default
  const routes = await siteRoutes()
  const queryNames = Object.fromEntries(Object.entries(routeQuerySchemas).map(([url, schema]) => [url, Object.keys(schema.shape)]))
  return {
    routes,
    queryNames,
    allQueryNames: [...new Set([...Object.values(queryNames).flat(), ...linkQueryNames])],
    collections: config.collections.map((c) => ({
      slug: c.slug,
      fields: fieldsOf(c.flattenedFields),
      versions: Boolean(c.versions),
      auth: Boolean(c.auth),
      upload: Boolean(c.upload),
    })),
    globals: config.globals.map((g) => ({ slug: g.slug, fields: fieldsOf(g.flattenedFields), versions: Boolean(g.versions) })),
    graphql: configToSchema(config).schema,
  }
}
