import Fastify, { type FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { AppError } from './content/app-error'
import type { PageCache } from './site/cache/page-cache'
import { remindRegistrant } from './services/events/remind-registrant'
import { processApplication } from './services/membership/process-application'
import { sendIssue, sendTestIssue } from './services/newsletter/send-issue'
import { provideJobHandler } from './shared/job-handlers'
import { registerSite } from './site/app'
import { checkApiRequest, type GateRefusal } from './site/back-office-gate'
import { checkGraphqlBody, GRAPHQL_BODY_LIMIT, readBody, replayRequest } from './site/graphql-gate'
import { appErrorJson } from './site/http-errors'
import { negotiateLocale } from './site/i18n/negotiate-locale'
import { createTranslator } from './content/i18n/translate'
import { backOfficeSecurityHeaders, transportSecurityHeaders } from './site/security-headers'
import { CLIENT_IP_HEADER } from './shared/client-ip'
import { trustProxySetting } from './config/trust-proxy'

export type NextHandler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>

const backOfficePath = /^\/(admin|api|_next)(\/|\?|$)/
// Served by the site itself although it sits under /api.
const siteApiPath = /^\/api\/search(\/|\?|$)/

/**
 * Fastify serves the public site; the back office, REST, GraphQL and Next's
 * own assets go to Next untouched (before Fastify reads the body).
 */
export async function buildHttpApp(options: { payload: Payload; origin: string; nextHandler?: NextHandler; cache?: PageCache; logger?: boolean }): Promise<FastifyInstance> {
  // Filled in once the site is registered: errors Fastify meets before routing (a malformed %-escape, an overlong slug) get the site's error page.
  let sendError: Awaited<ReturnType<typeof registerSite>>['sendError'] | undefined
  const app = Fastify({
    // Errors reach the log in every environment; request lines would only be noise.
    logger: { level: 'warn' },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 1024 * 1024,
    // Behind a reverse proxy, per-address limits must see the visitor, not the proxy (src/config/trust-proxy.ts).
    trustProxy: trustProxySetting(),
    frameworkErrors: (error, request, reply) => {
      void sendError?.(request, reply, error.code === 'FST_ERR_BAD_URL' ? new AppError('invalid-input', { message: 'api.error.path' }) : new AppError('not-found'))
    },
  })
  // Jobs whose work renders mail (see src/cms/tasks.ts) run with handlers from this side.
  provideJobHandler('processApplication', processApplication)
  provideJobHandler('sendNewsletterIssue', async ({ input, req }) => {
    await sendIssue(req.payload, input.issueId)
    return { output: {} }
  })
  provideJobHandler('sendNewsletterTest', async ({ input, req }) => {
    await sendTestIssue(req.payload, input.issueId, input.to)
    return { output: {} }
  })
  provideJobHandler('remindEventRegistrant', async ({ input, req }) => {
    await remindRegistrant(req.payload, input.registrationId, options.origin)
    return { output: {} }
  })
  const { nextHandler, payload } = options
  if (nextHandler) {
    app.addHook('onRequest', async (request, reply) => {
      if (!backOfficePath.test(request.url) || siteApiPath.test(request.url)) return
      const api = request.url.startsWith('/api')
      const headers = { ...backOfficeSecurityHeaders(request.url), ...transportSecurityHeaders() }
      const refuse = (refusal: GateRefusal) => {
        const t = createTranslator(negotiateLocale(request.headers['accept-language']))
        return reply.code(refusal.status).headers(headers).header('cache-control', 'no-store').send(appErrorJson(refusal, t))
      }
      const refusal = api ? checkApiRequest(payload, request.method, request.url) : null
      if (refusal) return refuse(refusal)
      // Payload's sign-in limits count per visitor; only this server may say who the visitor is.
      request.raw.headers[CLIENT_IP_HEADER] = request.ip
      let forwarded = request.raw
      if (request.method === 'POST' && request.url.split('?')[0] === '/api/graphql') {
        const body = await readBody(request.raw, GRAPHQL_BODY_LIMIT)
        const problem = body ? checkGraphqlBody(request.headers['content-type'], body) : new AppError('too-large')
        if (problem) return refuse(problem)
        forwarded = replayRequest(request.raw, body!)
      }
      for (const [name, value] of Object.entries(headers)) reply.raw.setHeader(name, value)
      reply.hijack()
      await nextHandler(forwarded, reply.raw)
    })
  }
  const site = await registerSite(app, options)
  sendError = site.sendError
  return app
}
