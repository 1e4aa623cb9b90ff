import fastifyCookie from '@fastify/cookie'
import fastifyFormbody from '@fastify/formbody'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Payload } from 'payload'
import { createElement, type ReactElement } from 'react'
import { defaultLocale, isLocale, type Locale } from '../content/locales'
import { AppError, defaultMessageKey } from '../content/app-error'
import { getSiteSettings } from '../services/site/get-site-settings'
import { loadAssets } from './assets'
import { renderBrandCss } from './brand-css'
import { type CachedPage, encodePage, PageCache } from './cache/page-cache'
import { localeFromPath, negotiateLocale } from './i18n/negotiate-locale'
import { createTranslator } from '../content/i18n/translate'
import { renderPage } from './render'
import { cityDirectoryPage } from './routes/city-directory'
import { cityProfilePage } from './routes/city-profile'
import type { FormSite } from './forms/admit'
import { registerAccountRoutes } from './routes/account'
import { registerEventRegistrationRoutes } from './routes/event-registration'
import { registerFormRoutes } from './routes/forms'
import { modulePage, modulesPage, registerTrainingRoutes } from './routes/training'
import { registerOfflineRoutes } from './routes/training-offline'
import { homePage } from './routes/home'
import { regionPage, regionsPage } from './routes/regions'
import { articlePage, newsListPage } from './routes/news'
import { eventPage, eventsPage, summitPage } from './routes/events'
import { contentPage, steeringCommitteePage, workingGroupPage, workingGroupsPage, youngCitiesPage } from './routes/programmes'
import { allEventsCalendar, eventCalendar } from './routes/machine/calendars'
import { citiesCsv, citiesJson } from './routes/machine/city-exports'
import { feedHandlers } from './routes/machine/feeds'
import { robotsTxt, sitemap } from './routes/machine/sitemap'
import type { MachineHandler } from './routes/machine/types'
import { libraryPage, resourcePage, searchPage } from './routes/search'
import { searchApi } from './routes/search-api'
import type { PageHandler, Viewer } from './routes/types'
import { appErrorJson, toAppError, wantsJson } from './http-errors'
import { publicSecurityHeaders } from './security-headers'
import { sendPage } from './send-page'
import { identifyViewer } from './viewer'
import { href, type PageContext, type SignedInMember } from './views/context'
import { ErrorPage } from './views/pages/ErrorPage'
import { AccountFormPage } from './views/pages/AccountFormPage'
import { freshGuard } from './forms/form-session'
import { returnQuery } from './forms/return-path'
import { type ContentTypeName, contentTypes, feedTypes, routePattern } from '../content/content-types'

export type SiteOptions = { payload: Payload; origin: string; cache?: PageCache }

const HTML = 'text/html; charset=utf-8'
const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate'

function splitUrl(url: string): { pathname: string; search: string } {
  const q = url.indexOf('?')
  return q === -1 ? { pathname: url, search: '' } : { pathname: url.slice(0, q), search: url.slice(q) }
}

/** Registers the public site: locale-prefixed, server-rendered, cached pages. */
export async function registerSite(app: FastifyInstance, { payload, origin, cache = new PageCache() }: SiteOptions) {
  const assets = loadAssets()
  await app.register(fastifyCookie)
  await app.register(fastifyFormbody)

  async function context(locale: Locale, url: string, keepSearch: boolean, member?: SignedInMember): Promise<PageContext> {
    const { pathname, search } = splitUrl(url)
    const path = pathname.replace(/^\/[^/]+/, '').replace(/\/+$/, '') || '/'
    return {
      locale,
      t: createTranslator(locale),
      path,
      search: keepSearch ? search : '',
      site: await getSiteSettings(payload, locale),
      stylesheet: assets.stylesheet,
      passwordScript: assets.passwordScript,
      offlineScript: assets.offlineScript,
      worldMap: assets.worldMap,
      origin,
      member,
    }
  }

  async function renderError(request: FastifyRequest, error: AppError) {
    const locale = localeFromPath(request.url) ?? negotiateLocale(request.headers['accept-language'])
    const ctx = await context(locale, request.url, false)
    const detail = error.messageKey === defaultMessageKey(error.code) ? undefined : error.messageKey
    return encodePage(error.status, HTML, renderPage(createElement(ErrorPage, { ctx, status: error.status, detail })))
  }

  /**
   * A members-only page asked for by a visitor who is not a member: the
   * sign-in form, which brings them back to the page. It carries a token of
   * their own, so it is never shared.
   */
  async function sendSignIn(request: FastifyRequest, reply: FastifyReply) {
    const locale = localeFromPath(request.url) ?? negotiateLocale(request.headers['accept-language'])
    const ctx = await context(locale, request.url, false)
    const action = `${href(locale, '/account/sign-in')}${returnQuery(request.url)}`
    const element = createElement(AccountFormPage, { ctx, form: 'signIn', reason: 'membersOnly', guard: freshGuard(request, reply), values: {}, errors: {}, action })
    return sendPage(request, reply, encodePage(403, HTML, renderPage(element)), 'private, no-store')
  }

  /**
   * The one answer to an AppError, whatever raised it: its status, with the
   * error page in the visitor's language (the page's, else Accept-Language),
   * or under /api, where machines ask, JSON with its code and sentence.
   */
  const sendError = async (request: FastifyRequest, reply: FastifyReply, error: AppError) => {
    if (error.code === 'members-only' && !wantsJson(request.url)) return sendSignIn(request, reply)
    if (!wantsJson(request.url)) return sendPage(request, reply, await renderError(request, error), 'no-store')
    const t = createTranslator(negotiateLocale(request.headers['accept-language']))
    return reply.code(error.status).header('cache-control', 'no-store').send(appErrorJson(error, t))
  }

  /**
   * Answers from the shared cache when the response may be shared, otherwise
   * produces it; a shared 200 is kept unless content changed meanwhile.
   */
  async function respondCached(request: FastifyRequest, reply: FastifyReply, key: string, shared: boolean, produce: () => Promise<CachedPage | null>) {
    const hit = shared ? cache.get(key) : undefined
    if (hit) return sendPage(request, reply, hit, PAGE_CACHE_CONTROL)
    const generation = cache.currentGeneration()
    const fresh = await produce()
    if (!fresh) return sendError(request, reply, new AppError('not-found'))
    if (shared && fresh.status === 200) cache.set(key, fresh, generation)
    return sendPage(request, reply, fresh, shared ? PAGE_CACHE_CONTROL : 'private, no-store')
  }

  /** The header's "signed in as" and its sign-out form; the form's token is the visitor's own, so such a page is never shared. */
  function signedIn(request: FastifyRequest, reply: FastifyReply, viewer: Viewer): SignedInMember | undefined {
    return viewer.user ? { name: viewer.user.name || viewer.user.email, guard: freshGuard(request, reply) } : undefined
  }

  function page(handler: PageHandler, keepSearch = false) {
    return async (request: FastifyRequest<{ Params: Record<string, string> }>, reply: FastifyReply) => {
      const { locale } = request.params
      if (!isLocale(locale)) return sendError(request, reply, new AppError('not-found'))
      const viewer = await identifyViewer(payload, request)
      // Members may see more than the public, so their pages are neither taken from nor put in the shared cache.
      const key = keepSearch ? request.url : splitUrl(request.url).pathname
      return respondCached(request, reply, key, !viewer.member, async () => {
        const ctx = await context(locale, request.url, keepSearch, signedIn(request, reply, viewer))
        const element = await handler({ payload, ctx, params: request.params, query: request.query as Record<string, unknown>, viewer, assets })
        return element ? encodePage(200, HTML, renderPage(element)) : null
      })
    }
  }

  /** Feeds, calendars, exports and the sitemap: public data only, so always shared. */
  function file(handler: MachineHandler) {
    return async (request: FastifyRequest<{ Params: Record<string, string> }>, reply: FastifyReply) => {
      const locale = request.params.locale ?? defaultLocale
      if (!isLocale(locale)) return sendError(request, reply, new AppError('not-found'))
      return respondCached(request, reply, splitUrl(request.url).pathname, true, async () => {
        const response = await handler({ payload, locale, t: createTranslator(locale), site: await getSiteSettings(payload, locale), origin, params: request.params })
        return response ? encodePage(200, response.contentType, response.body, response.filename) : null
      })
    }
  }

  const formSite: FormSite = {
    payload,
    origin,
    context: async (request, reply) => context(request.params.locale as Locale, request.url, false, signedIn(request, reply, await identifyViewer(payload, request))),
    // Form pages carry a per-visitor token, so they are never shared or cached.
    sendElement: (request: FastifyRequest, reply: FastifyReply, element: ReactElement, status: number) =>
      sendPage(request, reply, encodePage(status, HTML, renderPage(element)), 'private, no-store'),
  }
  registerFormRoutes(app, formSite)
  registerAccountRoutes(app, formSite)
  registerEventRegistrationRoutes(app, formSite)
  registerTrainingRoutes(app, formSite)
  registerOfflineRoutes(app, formSite, assets)

  app.addHook('onSend', async (_request, reply, body) => {
    for (const [name, value] of Object.entries(publicSecurityHeaders)) reply.header(name, value)
    return body
  })

  app.get('/', async (request, reply) => reply.redirect(`/${negotiateLocale(request.headers['accept-language'])}`, 302))
  app.get('/:locale', page(homePage))
  app.get('/:locale/cities', page(cityDirectoryPage, true))
  app.get('/:locale/regions', page(regionsPage))
  app.get('/:locale/modules', page(modulesPage, true))
  app.get('/:locale/search', page(searchPage, true))
  app.get('/:locale/resources', page(libraryPage, true))
  app.get('/:locale/news', page(newsListPage, true))
  app.get('/:locale/events', page(eventsPage, true))
  app.get(`/:locale${routePattern('event')}.ics`, file(eventCalendar))
  app.get('/:locale/events/calendar.ics', file(allEventsCalendar))
  app.get('/:locale/global-summit', page(summitPage))
  app.get('/:locale/working-groups', page(workingGroupsPage))
  app.get('/:locale/steering-committee', page(steeringCommitteePage))
  app.get('/:locale/young-cities', page(youngCitiesPage))
  app.get('/:locale/cities.csv', file(citiesCsv))
  app.get('/:locale/cities.json', file(citiesJson))
  for (const type of feedTypes) {
    const { feeds } = contentTypes[type]
    const handlers = feedHandlers(type)
    app.get(`/:locale${feeds.rss}`, file(handlers.rss))
    app.get(`/:locale${feeds.atom}`, file(handlers.atom))
  }
  // One page route per content type; static addresses (`/news/feed.xml`) win over these patterns whatever the order.
  const documentPages: Record<ContentTypeName, PageHandler> = {
    city: cityProfilePage,
    region: regionPage,
    resource: resourcePage,
    newsArticle: articlePage,
    event: eventPage,
    trainingModule: modulePage,
    workingGroup: workingGroupPage,
    page: contentPage,
  }
  for (const [type, handler] of Object.entries(documentPages) as [ContentTypeName, PageHandler][]) app.get(`/:locale${routePattern(type)}`, page(handler))
  app.get('/sitemap.xml', file(sitemap))
  app.get('/robots.txt', async (request, reply) => sendPage(request, reply, encodePage(200, 'text/plain; charset=utf-8', robotsTxt(origin)), 'public, max-age=3600'))
  app.get('/api/search', async (request, reply) => {
    const viewer = await identifyViewer(payload, request)
    return respondCached(request, reply, request.url, !viewer.member, async () => {
      const { status, body } = await searchApi(payload, request.query, viewer, origin)
      return encodePage(status, 'application/json; charset=utf-8', JSON.stringify(body))
    })
  })
  // The brand's colours; its address carries their hash, so it is shared and cached like a page.
  app.get('/brand.css', async (request, reply) =>
    respondCached(request, reply, '/brand.css', true, async () =>
      encodePage(200, 'text/css; charset=utf-8', renderBrandCss((await getSiteSettings(payload, defaultLocale)).brand)),
    ),
  )
  app.get('/api/search/openapi.json', async (request, reply) => sendPage(request, reply, assets.openApi, 'public, max-age=3600'))
  app.get('/assets/*', async (request, reply) => {
    const file = assets.files.get(splitUrl(request.url).pathname)
    if (!file) return sendError(request, reply, new AppError('not-found'))
    return sendPage(request, reply, file, 'public, max-age=31536000, immutable')
  })

  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('not-found')))

  // Whatever a route throws: an AppError as it is, Fastify's own by their status (src/site/http-errors.ts).
  app.setErrorHandler(async (thrown: Error, request, reply) => {
    const error = toAppError(thrown)
    if (error.code === 'internal') request.log.error(thrown)
    return sendError(request, reply, error)
  })
  // Also for what goes wrong before a route runs (see `frameworkErrors` in src/http-app.ts).
  return { sendError }
}
