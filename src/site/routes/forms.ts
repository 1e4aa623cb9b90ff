import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { countryChoices } from '../../content/countries'
import type { Locale } from '../../content/locales'
import { sendContactMessage } from '../../services/contact/send-contact-message'
import { applyForMembership } from '../../services/membership/apply'
import { previewIssueForStaff } from '../../services/newsletter/preview-issue'
import { confirmSubscription, findSubscription, subscribe, unsubscribe } from '../../services/newsletter/subscriptions'
import { identifyViewer } from '../viewer'
import type { FieldErrors } from '../forms/field-errors'
import { answerForm, FORM_BODY_LIMIT, type FormRequest, type FormSite, formText, withLocale } from '../forms/admit'
import { freshGuard } from '../forms/form-session'
import { listRegions } from '../../services/regions/list-regions'
import { listThemes } from '../../services/site/list-themes'
import { RateLimiter } from '../../shared/rate-limit'
import { href } from '../views/context'
import { ContactPage, type ContactValues } from '../views/pages/ContactPage'
import { JoinPage } from '../views/pages/JoinPage'
import { MessagePage } from '../views/pages/MessagePage'
import { NewsletterPage, type NewsletterValues } from '../views/pages/NewsletterPage'
import { NewsletterTokenPage } from '../views/pages/NewsletterTokenPage'

type Req = FormRequest

// Five messages per address per ten minutes is more than any person writes.
const limiter = new RateLimiter('public-forms', 5, 10 * 60 * 1000)

const text = formText
const list = (value: unknown) => (Array.isArray(value) ? value.map(text) : value === undefined ? [] : [text(value)])

/** The themes and regions a subscriber may choose, as options in the page's language. */
async function topics(payload: Payload, locale: Locale) {
  const [themes, regions] = await Promise.all([listThemes(payload, locale), listRegions(payload, locale)])
  return { themes: themes.map((t) => ({ value: t.slug, label: t.label })), regions: regions.map((r) => ({ value: r.slug, label: r.name })) }
}

/** Public forms: contact, membership and newsletter. Each GET sets the form cookie; each POST is guarded, rate-limited and validated. */
export function registerFormRoutes(app: FastifyInstance, site: FormSite) {
  const { payload, origin } = site
  const localeOf = (request: Req) => request.params.locale as Locale

  async function contactForm(request: Req, reply: FastifyReply, values: ContactValues, errors: FieldErrors, status: number) {
    const ctx = await site.context(request, reply)
    return site.sendElement(request, reply, createElement(ContactPage, { ctx, guard: freshGuard(request, reply), values, errors }), status)
  }

  async function newsletterForm(request: Req, reply: FastifyReply, values: NewsletterValues, errors: FieldErrors, status: number) {
    const locale = localeOf(request)
    const ctx = await site.context(request, reply)
    const { themes, regions } = await topics(payload, locale)
    return site.sendElement(request, reply, createElement(NewsletterPage, { ctx, guard: freshGuard(request, reply), values, errors, themes, regions }), status)
  }

  async function message(request: Req, reply: FastifyReply, title: string, body: string) {
    const ctx = await site.context(request, reply)
    return site.sendElement(request, reply, createElement(MessagePage, { ctx, title: ctx.t(title), body: ctx.t(body) }), 200)
  }

  app.get(
    '/:locale/contact',
    withLocale((request, reply) => contactForm(request, reply, {}, {}, 200)),
  )
  app.post(
    '/:locale/contact',
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const body = request.body ?? {}
      const values = { topic: text(body.topic), name: text(body.name), email: text(body.email), organisation: text(body.organisation), message: text(body.message) }
      const rerender = (errors: FieldErrors, status: number) => contactForm(request, reply, values, errors, status)
      return answerForm(site, request, reply, { form: 'contact', locale: localeOf(request), limiter, rerender, decoy: href(localeOf(request), '/contact/sent') }, async () => {
        await sendContactMessage(payload, values, localeOf(request), origin)
        return reply.redirect(href(localeOf(request), '/contact/sent'), 303)
      })
    }),
  )
  app.get(
    '/:locale/contact/sent',
    withLocale((request, reply) => message(request, reply, 'contact.sentTitle', 'contact.sentBody')),
  )

  const joinFields = [
    'cityName',
    'country',
    'population',
    'applicantName',
    'applicantRole',
    'applicantEmail',
    'applicantPhone',
    'leaderName',
    'leaderRole',
    'focalPointName',
    'focalPointEmail',
    'motivation',
    'preventionWork',
    'consent',
  ]
  async function joinForm(request: Req, reply: FastifyReply, values: Record<string, string>, errors: FieldErrors, status: number) {
    const locale = localeOf(request)
    const ctx = await site.context(request, reply)
    const countries = countryChoices(locale).map((c) => ({ value: c.code, label: c.name }))
    return site.sendElement(request, reply, createElement(JoinPage, { ctx, guard: freshGuard(request, reply), values, errors, countries }), status)
  }
  app.get(
    '/:locale/join',
    withLocale((request, reply) => joinForm(request, reply, {}, {}, 200)),
  )
  app.post(
    '/:locale/join',
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const values = Object.fromEntries(joinFields.map((f) => [f, text(request.body?.[f])]))
      const rerender = (errors: FieldErrors, status: number) => joinForm(request, reply, values, errors, status)
      return answerForm(site, request, reply, { form: 'join', locale: localeOf(request), limiter, rerender, decoy: href(localeOf(request), '/join/sent') }, async () => {
        await applyForMembership(payload, values, localeOf(request))
        return reply.redirect(href(localeOf(request), '/join/sent'), 303)
      })
    }),
  )
  app.get(
    '/:locale/join/sent',
    withLocale((request, reply) => message(request, reply, 'join.sentTitle', 'join.sentBody')),
  )

  // The back office's "preview" of an issue: staff only, never cached.
  app.get(
    '/:locale/newsletter/preview/:id',
    withLocale(async (request, reply) => {
      const viewer = await identifyViewer(payload, request)
      const html = await previewIssueForStaff(payload, viewer.user, (request.params as { id?: string }).id, localeOf(request))
      return reply.header('cache-control', 'private, no-store').type('text/html; charset=utf-8').send(html)
    }),
  )

  app.get(
    '/:locale/newsletter',
    withLocale((request, reply) => newsletterForm(request, reply, { themes: [], regions: [] }, {}, 200)),
  )
  app.post(
    '/:locale/newsletter',
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const body = request.body ?? {}
      const values = { email: text(body.email), language: text(body.language), themes: list(body.themes), regions: list(body.regions) }
      const rerender = (errors: FieldErrors, status: number) => newsletterForm(request, reply, values, errors, status)
      return answerForm(
        site,
        request,
        reply,
        { form: 'newsletter', locale: localeOf(request), limiter, rerender, decoy: href(localeOf(request), '/newsletter/sent') },
        async () => {
          await subscribe(payload, values, origin)
          return reply.redirect(href(localeOf(request), '/newsletter/sent'), 303)
        },
      )
    }),
  )
  app.get(
    '/:locale/newsletter/sent',
    withLocale((request, reply) => message(request, reply, 'newsletter.sentTitle', 'newsletter.sentBody')),
  )

  /** Confirmation and unsubscribe links show one button (see NewsletterTokenPage); a link that is no good says so. */
  async function tokenPage(request: Req, reply: FastifyReply, action: 'confirm' | 'unsubscribe') {
    const token = text(request.query.token)
    if (!(await findSubscription(payload, token))) return message(request, reply, 'newsletter.badLinkTitle', 'newsletter.badLinkBody')
    const ctx = await site.context(request, reply)
    return site.sendElement(request, reply, createElement(NewsletterTokenPage, { ctx, guard: freshGuard(request, reply), action, token }), 200)
  }

  app.get(
    '/:locale/newsletter/confirm',
    withLocale((request, reply) => tokenPage(request, reply, 'confirm')),
  )
  app.get(
    '/:locale/newsletter/unsubscribe',
    withLocale((request, reply) => tokenPage(request, reply, 'unsubscribe')),
  )

  app.post(
    '/:locale/newsletter/confirm',
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const guard = {
        form: 'newsletter-confirm',
        locale: localeOf(request),
        limiter,
        rerender: () => tokenPage(request, reply, 'confirm'),
        decoy: href(localeOf(request), '/newsletter/sent'),
        timed: false,
      }
      return answerForm(site, request, reply, guard, async () => {
        const ok = await confirmSubscription(payload, text(request.query.token), origin)
        return ok ? message(request, reply, 'newsletter.confirmedTitle', 'newsletter.confirmedBody') : message(request, reply, 'newsletter.badLinkTitle', 'newsletter.badLinkBody')
      })
    }),
  )

  app.post(
    '/:locale/newsletter/unsubscribe',
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const token = text(request.query.token)
      // RFC 8058: mail providers POST "List-Unsubscribe=One-Click" to the link; the token is the proof.
      if (text(request.body?.['List-Unsubscribe']) === 'One-Click') {
        const ok = await unsubscribe(payload, token)
        return reply
          .code(ok ? 200 : 404)
          .type('text/plain; charset=utf-8')
          .send(ok ? 'Unsubscribed' : 'Unknown link')
      }
      const guard = {
        form: 'newsletter-unsubscribe',
        locale: localeOf(request),
        limiter,
        rerender: () => tokenPage(request, reply, 'unsubscribe'),
        decoy: href(localeOf(request), '/newsletter/sent'),
        timed: false,
      }
      return answerForm(site, request, reply, guard, async () => {
        const ok = await unsubscribe(payload, token)
        return ok
          ? message(request, reply, 'newsletter.unsubscribedTitle', 'newsletter.unsubscribedBody')
          : message(request, reply, 'newsletter.badLinkTitle', 'newsletter.badLinkBody')
      })
    }),
  )
}
