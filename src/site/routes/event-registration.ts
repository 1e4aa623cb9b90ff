import type { FastifyInstance, FastifyReply } from 'fastify'
import { createElement } from 'react'
import { AppError } from '../../content/app-error'
import type { Locale } from '../../content/locales'
import { cancelRegistrationPath, cancelRegistrationRoute, registrationPath, registrationRoute, registrationsCsvRoute } from '../../content/registration-paths'
import { cancelByToken, cancelOwnRegistration, findRegistrationByToken } from '../../services/events/cancel-registration'
import { exportRegistrations } from '../../services/events/export-registrations'
import { findRegistrableEvent } from '../../services/events/find-registrable-event'
import { getRegistrationView } from '../../services/events/get-member-registration'
import { registerForEvent } from '../../services/events/register-for-event'
import { relationId } from '../../content/related'
import { RateLimiter } from '../../shared/rate-limit'
import { answerForm, FORM_BODY_LIMIT, type FormRequest, type FormSite, formText, withLocale } from '../forms/admit'
import type { FieldErrors } from '../forms/field-errors'
import { freshGuard } from '../forms/form-session'
import { returnQuery } from '../forms/return-path'
import { renderCsv } from '../machine/csv'
import { identifyViewer } from '../viewer'
import { href } from '../views/context'
import { CancelRegistrationPage } from '../views/pages/CancelRegistrationPage'
import { MessagePage } from '../views/pages/MessagePage'
import { RegistrationPage } from '../views/pages/RegistrationPage'
import { isSlug } from './list-params'
import { createTranslator } from '../../content/i18n/translate'

// Registering and cancelling are a few clicks a person makes; ten in ten minutes is plenty.
const limiter = new RateLimiter('event-registration', 10, 10 * 60 * 1000)

/**
 * A member's registration for an event, at /{locale}/events/{slug}/registration:
 * the page (their state, the form), registering, cancelling while signed in
 * or from the mailed link, and staff's CSV of an event's registrations.
 * Everything here is per visitor and never cached.
 */
export function registerEventRegistrationRoutes(app: FastifyInstance, site: FormSite) {
  const { payload, origin } = site
  const localeOf = (request: FormRequest) => request.params.locale as Locale
  const slugOf = (request: FormRequest) => {
    const { slug } = request.params as { slug?: string }
    if (!slug || !isSlug(slug)) throw new AppError('not-found')
    return slug
  }

  async function registrationPage(request: FormRequest, reply: FastifyReply, errors: FieldErrors = {}, status = 200) {
    const viewer = await identifyViewer(payload, request)
    const view = await getRegistrationView(payload, slugOf(request), localeOf(request), viewer.user ? Number(viewer.user.id) : null)
    if (!view) throw new AppError('not-found')
    const ctx = await site.context(request, reply)
    const element = createElement(RegistrationPage, { ctx, view, signedIn: Boolean(viewer.user), guard: freshGuard(request, reply), errors })
    return site.sendElement(request, reply, element, status)
  }

  async function message(request: FormRequest, reply: FastifyReply, key: string, status = 200) {
    const ctx = await site.context(request, reply)
    return site.sendElement(request, reply, createElement(MessagePage, { ctx, title: ctx.t(`${key}Title`), body: ctx.t(`${key}Body`) }), status)
  }

  /** The event the page is about; a form whose hidden event id is not that event's was tampered with or is stale. */
  async function postedEvent(request: FormRequest) {
    const event = await findRegistrableEvent(payload, { slug: slugOf(request) }, localeOf(request))
    if (!event) throw new AppError('not-found')
    if (formText(request.body?.event) !== String(event.id)) throw new AppError('invalid-input', { fields: { form: 'registration.error.wrongEvent' } })
    return event
  }

  const guard = (request: FormRequest, reply: FastifyReply, form: string) => ({
    form,
    locale: localeOf(request),
    limiter,
    rerender: (errors: FieldErrors, status: number) => registrationPage(request, reply, errors, status),
    decoy: href(localeOf(request), registrationPath(slugOf(request))),
    timed: false,
  })

  app.get(
    `/:locale${registrationRoute}`,
    withLocale((request, reply) => registrationPage(request, reply)),
  )

  app.post(
    `/:locale${registrationRoute}`,
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) =>
      answerForm(site, request, reply, guard(request, reply, 'event-registration'), async () => {
        const page = href(localeOf(request), registrationPath(slugOf(request)))
        const viewer = await identifyViewer(payload, request)
        if (!viewer.user) return reply.redirect(`${href(localeOf(request), '/account/sign-in')}${returnQuery(page)}`, 303)
        const event = await postedEvent(request)
        await registerForEvent(payload, { eventId: Number(event.id), memberId: Number(viewer.user.id), locale: localeOf(request), origin })
        return reply.redirect(page, 303)
      }),
    ),
  )

  // A mailed cancel link: one button, which posts the token back.
  async function tokenPage(request: FormRequest, reply: FastifyReply, token: string, errors: FieldErrors = {}, status = 200) {
    const registration = await findRegistrationByToken(payload, token)
    if (!registration) return message(request, reply, 'registration.badLink')
    if (registration.status === 'cancelled') return message(request, reply, 'registration.cancelled')
    const event = await findRegistrableEvent(payload, { id: relationId(registration.event) }, localeOf(request))
    if (!event) return message(request, reply, 'registration.badLink')
    const ctx = await site.context(request, reply)
    const action = `${href(localeOf(request), cancelRegistrationPath(event.slug))}?token=${encodeURIComponent(token)}`
    return site.sendElement(request, reply, createElement(CancelRegistrationPage, { ctx, guard: freshGuard(request, reply), eventTitle: event.title, action, errors }), status)
  }

  app.get(
    `/:locale${cancelRegistrationRoute}`,
    withLocale(async (request, reply) => {
      const token = formText(request.query.token)
      if (!token) return reply.redirect(href(localeOf(request), registrationPath(slugOf(request))), 303)
      return tokenPage(request, reply, token)
    }),
  )

  app.post(
    `/:locale${cancelRegistrationRoute}`,
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const token = formText(request.query.token)
      if (token) {
        const tokenGuard = {
          ...guard(request, reply, 'event-registration-cancel'),
          rerender: (errors: FieldErrors, status: number) => tokenPage(request, reply, token, errors, status),
        }
        return answerForm(site, request, reply, tokenGuard, async () =>
          (await cancelByToken(payload, token, origin)) ? message(request, reply, 'registration.cancelled') : message(request, reply, 'registration.badLink'),
        )
      }
      return answerForm(site, request, reply, guard(request, reply, 'event-registration-cancel'), async () => {
        const page = href(localeOf(request), registrationPath(slugOf(request)))
        const viewer = await identifyViewer(payload, request)
        if (!viewer.user) return reply.redirect(`${href(localeOf(request), '/account/sign-in')}${returnQuery(page)}`, 303)
        const event = await postedEvent(request)
        await cancelOwnRegistration(payload, Number(event.id), Number(viewer.user.id), origin)
        return reply.redirect(page, 303)
      })
    }),
  )

  // Staff's list of who registered, for the organisers' spreadsheet.
  app.get(
    `/:locale${registrationsCsvRoute}`,
    withLocale(async (request, reply) => {
      const viewer = await identifyViewer(payload, request)
      const exported = await exportRegistrations(payload, viewer.user, slugOf(request))
      if (!exported) throw new AppError('not-found')
      const t = createTranslator(localeOf(request))
      const header = ['status', 'place', 'name', 'email', 'organisation', 'city', 'language', 'registeredAt'].map((column) => t(`registration.csv.${column}`))
      const rows = exported.rows.map((r) => [t(`registration.status.${r.status}`), r.place, r.name, r.email, r.organisation, r.city, r.language, r.registeredAt])
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${exported.slug}-registrations.csv"`)
        .type('text/csv; charset=utf-8')
        .send(renderCsv(header, rows))
    }),
  )
}
