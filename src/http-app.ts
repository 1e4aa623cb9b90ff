import Fastify, { type FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import type { PageCache } from './site/cache/page-cache'
import { processApplication } from './services/membership/process-application'
import { sendIssue, sendTestIssue } from './services/newsletter/send-issue'
import { provideJobHandler } from './shared/job-handlers'
import { registerSite } from './site/app'

export type NextHandler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>

const backOfficePath = /^\/(admin|api|_next)(\/|\?|$)/
// Served by the site itself although it sits under /api.
const siteApiPath = /^\/api\/search(\/|\?|$)/

/**
 * Fastify serves the public site; the back office, REST, GraphQL and Next's
 * own assets go to Next untouched (before Fastify reads the body).
 */
export async function buildHttpApp(options: { payload: Payload; origin: string; nextHandler?: NextHandler; cache?: PageCache; logger?: boolean }): Promise<FastifyInstance> {
  const app = Fastify({
    // Errors reach the log in every environment; request lines would only be noise.
    logger: { level: 'warn' },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 1024 * 1024,
    // Behind a reverse proxy, TRUST_PROXY=true makes per-address limits see the visitor, not the proxy.
    trustProxy: process.env.TRUST_PROXY === 'true',
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
  const { nextHandler } = options
  if (nextHandler) {
    app.addHook('onRequest', async (request, reply) => {
      if (!backOfficePath.test(request.url) || siteApiPath.test(request.url)) return
      reply.hijack()
      await nextHandler(request.raw, reply.raw)
    })
  }
  await registerSite(app, options)
  return app
}
