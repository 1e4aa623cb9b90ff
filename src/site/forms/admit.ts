import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ReactElement } from 'react'
import { createTranslator } from '../../content/i18n/translate'
import { isLocale, type Locale } from '../../content/locales'
import { AppError, isAppError } from '../../content/app-error'
import type { PageContext } from '../views/context'
import { type FieldErrors, fieldErrors } from './field-errors'
import { formNonce } from './form-session'
import { checkGuard } from './guard'
import type { RateLimiter } from '../../shared/rate-limit'

/** What the public-form routes need from the site: a page context and a way to answer with a page. */
export type FormSite = {
  payload: import('payload').Payload
  origin: string
  /** The page context for this request, with the member's name in the header when one is signed in. */
  context: (request: FormRequest, reply: FastifyReply) => Promise<PageContext>
  sendElement: (request: FastifyRequest, reply: FastifyReply, element: ReactElement, status: number) => unknown
}

export type FormRequest = FastifyRequest<{ Params: { locale: string }; Body: Record<string, unknown>; Querystring: Record<string, string> }>

type FormOptions = {
  form: string
  locale: Locale
  limiter: RateLimiter
  /** Shows the form again with these errors (answers kept, or `values` where the service normalised them) and this status. */
  rerender: (errors: FieldErrors, status: number, values?: Record<string, string>) => Promise<unknown>
  /** Where a bot that filled the honeypot is sent, as if it had succeeded. */
  decoy: string
  timed?: boolean
}

/**
 * The checks every public POST passes before its own work: rate limit, CSRF
 * token, honeypot and fill time. Throws the AppError of a failed check;
 * false once it has answered a bot.
 */
async function admit(site: FormSite, request: FormRequest, reply: FastifyReply, options: FormOptions): Promise<boolean> {
  if (!(await options.limiter.allow(site.payload, `${options.form}:${request.ip}`))) throw new AppError('rate-limited')
  const verdict = checkGuard(request.body ?? {}, request.cookies.hub_form, { timed: options.timed ?? true })
  if (verdict === 'ok') return true
  if (verdict === 'csrf') {
    formNonce(request, reply)
    throw new AppError('csrf', { fields: { form: 'form.error.expired' } })
  }
  if (verdict === 'too-fast') throw new AppError('invalid-input', { fields: { form: 'form.error.tooFast' } })
  // A filled honeypot gets the ordinary reply, so bots learn nothing; nothing is stored or sent.
  reply.redirect(options.decoy, 303)
  return false
}

/**
 * A public form POST: admitted, then `operation`, which answers. An AppError
 * that names fields (a failed check, what a service refused) shows the form
 * again with them marked, at the error's status; any other error is the
 * error handler's (src/site/app.ts), which answers with its page.
 */
export async function answerForm(site: FormSite, request: FormRequest, reply: FastifyReply, options: FormOptions, operation: () => Promise<unknown>): Promise<unknown> {
  try {
    if (!(await admit(site, request, reply, options))) return reply
    return await operation()
  } catch (error) {
    if (!isAppError(error) || !error.fields) throw error
    return options.rerender(fieldErrors(error.fields, createTranslator(options.locale)), error.status, error.values)
  }
}

/** Public form posts are small; anything larger gets the 413 page. */
export const FORM_BODY_LIMIT = 64 * 1024

/** A posted value as text; repeated or missing fields become "". */
export const formText = (value: unknown) => (typeof value === 'string' ? value : '')

/** Wraps a form route so an unknown locale prefix gets the 404 page before the handler runs. */
export const withLocale = (handler: (request: FormRequest, reply: FastifyReply) => unknown) => async (request: FormRequest, reply: FastifyReply) => {
  if (!isLocale(request.params.locale)) throw new AppError('not-found')
  return handler(request, reply)
}
