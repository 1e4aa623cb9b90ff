import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ReactElement } from 'react'
import { isLocale, type Locale } from '../../content/locales'
import type { ErrorStatus } from '../views/pages/ErrorPage'
import type { PageContext } from '../views/context'
import type { FieldErrors } from './field-errors'
import { formNonce } from './form-session'
import { checkGuard } from './guard'
import type { RateLimiter } from '../../shared/rate-limit'

/** What the public-form routes need from the site: a page context and ways to answer. */
export type FormSite = {
  payload: import('payload').Payload
  origin: string
  context: (locale: Locale, url: string) => Promise<PageContext>
  sendElement: (request: FastifyRequest, reply: FastifyReply, element: ReactElement, status: number) => unknown
  sendError: (request: FastifyRequest, reply: FastifyReply, status: ErrorStatus) => unknown
}

export type FormRequest = FastifyRequest<{ Params: { locale: string }; Body: Record<string, unknown>; Querystring: Record<string, string> }>

type AdmitOptions = {
  form: string
  locale: Locale
  limiter: RateLimiter
  /** Shows the form again with these errors (answers kept) and this status. */
  rerender: (errors: FieldErrors, status: number) => Promise<unknown>
  /** Where a bot that filled the honeypot is sent, as if it had succeeded. */
  decoy: string
  timed?: boolean
}

/**
 * The checks every public POST passes before its own validation: rate limit,
 * CSRF token, honeypot and fill time. Returns false once it has answered.
 */
export async function admit(site: FormSite, request: FormRequest, reply: FastifyReply, options: AdmitOptions): Promise<boolean> {
  if (!(await options.limiter.allow(site.payload, `${options.form}:${request.ip}`))) {
    await site.sendError(request, reply, 429)
    return false
  }
  const verdict = checkGuard(request.body ?? {}, request.cookies.hub_form, { timed: options.timed ?? true })
  if (verdict === 'ok') return true
  const { t } = await site.context(options.locale, request.url)
  if (verdict === 'csrf') {
    formNonce(request, reply)
    await options.rerender({ form: t('form.error.expired') }, 403)
  } else if (verdict === 'too-fast') {
    await options.rerender({ form: t('form.error.tooFast') }, 400)
  } else {
    // A filled honeypot gets the ordinary reply, so bots learn nothing; nothing is stored or sent.
    reply.redirect(options.decoy, 303)
  }
  return false
}

/** Public form posts are small; anything larger gets the 413 page. */
export const FORM_BODY_LIMIT = 64 * 1024

/** A posted value as text; repeated or missing fields become "". */
export const formText = (value: unknown) => (typeof value === 'string' ? value : '')

/** Wraps a form route so an unknown locale prefix gets the 404 page before the handler runs. */
export function localeRoutes(site: FormSite) {
  return (handler: (request: FormRequest, reply: FastifyReply) => unknown) => async (request: FormRequest, reply: FastifyReply) =>
    isLocale(request.params.locale) ? handler(request, reply) : site.sendError(request, reply, 404)
}
