import type { FastifyInstance, FastifyReply } from 'fastify'
import { createElement } from 'react'
import type { Locale } from '../../content/locales'
import { changePassword } from '../../services/accounts/change-password'
import { confirmEmailChange } from '../../services/accounts/confirm-email-change'
import { deleteAccount } from '../../services/accounts/delete-account'
import { endSession } from '../../services/accounts/end-session'
import { exportAccountData } from '../../services/accounts/export-account-data'
import { findHelpDeskInbox } from '../../services/accounts/find-help-desk-inbox'
import { getAccount } from '../../services/accounts/get-account'
import { listMemberRegistrations } from '../../services/events/list-member-registrations'
import { registerAccount } from '../../services/accounts/register-account'
import { requestEmailChange } from '../../services/accounts/request-email-change'
import { requestPasswordReset } from '../../services/accounts/request-password-reset'
import { resetPassword } from '../../services/accounts/reset-password'
import { sendHelpRequest } from '../../services/accounts/send-help-request'
import { signIn } from '../../services/accounts/sign-in'
import { updateProfile } from '../../services/accounts/update-profile'
import { verifyAccount } from '../../services/accounts/verify-account'
import { adoptVisitorProgress } from '../../services/training/adopt-visitor-progress'
import { listLearning } from '../../services/training/list-learning'
import { answerForm, FORM_BODY_LIMIT, type FormRequest, type FormSite, formText, withLocale } from '../forms/admit'
import type { FieldErrors } from '../forms/field-errors'
import { freshGuard } from '../forms/form-session'
import { returnPath } from '../forms/return-path'
import { RateLimiter } from '../../shared/rate-limit'
import { forgetVisitor, visitorKeyOf } from '../learner-cookie'
import { identifyViewer } from '../viewer'
import { href } from '../views/context'
import { type AccountForm, accountFormFields, AccountFormPage } from '../views/pages/AccountFormPage'
import { AccountPage } from '../views/pages/AccountPage'
import { HelpRequestPage } from '../views/pages/HelpRequestPage'
import { MessagePage } from '../views/pages/MessagePage'

const SESSION_COOKIE = 'payload-token'
// Signing out takes from the device what a member saved for offline use (lesson pages with their answers, answers not yet sent) and the worker that served it.
const CLEAR_OFFLINE_COPIES = '"storage"'
const text = formText
// Per address, on top of Payload's lock-out of an account after five failures.
const signInLimiter = new RateLimiter('account-sign-in', 10, 10 * 60 * 1000)
const formLimiter = new RateLimiter('account-forms', 10, 10 * 60 * 1000)

type Values = Record<string, string>

/** Resource-hub accounts: register, confirm, sign in and out, reset a password, manage or delete the account. */
export function registerAccountRoutes(app: FastifyInstance, site: FormSite) {
  const { payload, origin } = site
  const locale = (request: FormRequest) => request.params.locale as Locale

  /** An outcome page; `next` is the step that follows, as its button. */
  async function message(request: FormRequest, reply: FastifyReply, key: string, next?: { path: string; label: string }) {
    const ctx = await site.context(request, reply)
    const nextStep = next && { href: href(ctx.locale, next.path), label: ctx.t(next.label) }
    return site.sendElement(request, reply, createElement(MessagePage, { ctx, title: ctx.t(`${key}Title`), body: ctx.t(`${key}Body`), next: nextStep }), 200)
  }

  async function formPage(request: FormRequest, reply: FastifyReply, form: AccountForm, values: Values, errors: FieldErrors, status: number, links = true) {
    const ctx = await site.context(request, reply)
    return site.sendElement(request, reply, createElement(AccountFormPage, { ctx, form, guard: freshGuard(request, reply), values, errors, action: request.url, links }), status)
  }

  /** A guarded POST of an account form; `operation` gets what was typed, and its refusals show the form again. */
  function handleForm(
    form: AccountForm,
    operation: (request: FormRequest, reply: FastifyReply, values: Values) => Promise<unknown>,
    options: { limiter?: RateLimiter; timed?: boolean } = {},
  ) {
    const fields = accountFormFields(form)
    return withLocale(async (request, reply) => {
      const values = Object.fromEntries(fields.map((f) => [f, text(request.body?.[f])]))
      const rerender = (errors: FieldErrors, status: number, kept?: Values) => formPage(request, reply, form, { ...values, ...kept }, errors, status)
      const guard = {
        form: `account-${form}`,
        locale: locale(request),
        limiter: options.limiter ?? formLimiter,
        rerender,
        decoy: href(locale(request), '/account'),
        timed: options.timed ?? false,
      }
      return answerForm(site, request, reply, guard, () => operation(request, reply, values))
    })
  }

  const show = (form: AccountForm, links = true) => withLocale((request, reply) => formPage(request, reply, form, {}, {}, 200, links))

  app.get('/:locale/account/register', show('register'))
  app.post(
    '/:locale/account/register',
    { bodyLimit: FORM_BODY_LIMIT },
    handleForm(
      'register',
      async (request, reply, values) => {
        await registerAccount(payload, values, locale(request), origin)
        return reply.redirect(href(locale(request), '/account/registered'), 303)
      },
      { timed: true },
    ),
  )
  app.get(
    '/:locale/account/registered',
    withLocale((request, reply) => message(request, reply, 'account.registered')),
  )

  app.get('/:locale/account/verify', show('verify', false))
  app.post(
    '/:locale/account/verify',
    { bodyLimit: FORM_BODY_LIMIT },
    handleForm('verify', async (request, reply) =>
      (await verifyAccount(payload, text(request.query.token)))
        ? message(request, reply, 'account.verified', { path: '/account/sign-in', label: 'account.signInLink' })
        : message(request, reply, 'account.badLink'),
    ),
  )

  app.get('/:locale/account/sign-in', show('signIn'))
  app.post(
    '/:locale/account/sign-in',
    { bodyLimit: FORM_BODY_LIMIT },
    handleForm(
      'signIn',
      async (request, reply, values) => {
        const session = await signIn(payload, values)
        reply.setCookie(SESSION_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: process.env.SECURE_COOKIES === 'true', expires: session.expires })
        // Lessons this browser took before signing in become the account's.
        const visitor = visitorKeyOf(request)
        if (visitor && session.user) {
          await adoptVisitorProgress(payload, visitor, session.user, locale(request))
          forgetVisitor(reply)
        }
        // Back to the members-only page that asked them to sign in, if one did.
        return reply.redirect(returnPath(request.query.return) ?? href(locale(request), '/account'), 303)
      },
      { limiter: signInLimiter },
    ),
  )

  app.get('/:locale/account/forgot', show('forgot'))
  app.post(
    '/:locale/account/forgot',
    { bodyLimit: FORM_BODY_LIMIT },
    handleForm('forgot', async (request, reply, values) => {
      // The reply leaves before any lookup, so its timing cannot tell whether the address has an account.
      requestPasswordReset(payload, values, locale(request), origin, (error) => request.log.error({ err: error }, 'A password reset request failed'))
      return reply.redirect(href(locale(request), '/account/reset-sent'), 303)
    }),
  )
  app.get(
    '/:locale/account/reset-sent',
    withLocale((request, reply) => message(request, reply, 'account.resetSent')),
  )
  app.get('/:locale/account/reset', show('reset'))
  app.post(
    '/:locale/account/reset',
    { bodyLimit: FORM_BODY_LIMIT },
    handleForm('reset', async (request, reply, values) =>
      (await resetPassword(payload, text(request.query.token), values)) ? message(request, reply, 'account.resetDone') : message(request, reply, 'account.badLink'),
    ),
  )

  // Pages for the signed-in member.
  async function accountPage(request: FormRequest, reply: FastifyReply, errors: FieldErrors = {}, status = 200, notice?: string) {
    const viewer = await identifyViewer(payload, request)
    if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
    const ctx = await site.context(request, reply)
    const [account, registrations, learning] = await Promise.all([
      getAccount(payload, viewer.user),
      listMemberRegistrations(payload, Number(viewer.user.id), locale(request)),
      listLearning(payload, Number(viewer.user.id), locale(request)),
    ])
    return site.sendElement(
      request,
      reply,
      createElement(AccountPage, { ctx, account, registrations, learning, guard: freshGuard(request, reply), errors, notice: notice ? ctx.t(notice) : undefined }),
      status,
    )
  }

  app.get(
    '/:locale/account',
    withLocale((request, reply) => accountPage(request, reply)),
  )
  app.get(
    '/:locale/account/data.json',
    withLocale(async (request, reply) => {
      const viewer = await identifyViewer(payload, request)
      if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
      reply.header('content-disposition', 'attachment; filename="my-hub-data.json"').header('cache-control', 'private, no-store')
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(await exportAccountData(payload, Number(viewer.user.id)), null, 2))
    }),
  )

  /** A POST from the account page: guarded, signed in, then `operation` with what was sent; its refusals show the account page again. */
  const accountAction = (operation: (request: FormRequest, reply: FastifyReply, userId: number, values: Values) => Promise<unknown>) =>
    withLocale(async (request, reply) => {
      const guard = {
        form: 'account',
        locale: locale(request),
        limiter: formLimiter,
        rerender: (errors: FieldErrors, status: number) => accountPage(request, reply, errors, status),
        decoy: href(locale(request), '/account'),
        timed: false,
      }
      return answerForm(site, request, reply, guard, async () => {
        const viewer = await identifyViewer(payload, request)
        if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
        const values = Object.fromEntries(Object.entries(request.body ?? {}).map(([k, v]) => [k, text(v)]))
        return operation(request, reply, Number(viewer.user.id), values)
      })
    })

  app.post(
    '/:locale/account/profile',
    { bodyLimit: FORM_BODY_LIMIT },
    accountAction(async (request, reply, id, values) => {
      await updateProfile(payload, id, values)
      return accountPage(request, reply, {}, 200, 'account.saved')
    }),
  )

  app.post(
    '/:locale/account/password',
    { bodyLimit: FORM_BODY_LIMIT },
    accountAction(async (request, reply, id, values) => {
      await changePassword(payload, id, values)
      return accountPage(request, reply, {}, 200, 'account.passwordChanged')
    }),
  )

  app.post(
    '/:locale/account/email',
    { bodyLimit: FORM_BODY_LIMIT },
    accountAction(async (request, reply, id, values) => {
      await requestEmailChange(payload, id, values, locale(request), origin)
      return accountPage(request, reply, {}, 200, 'account.emailChangeSent')
    }),
  )

  app.get('/:locale/account/confirm-email', show('confirmEmail', false))
  app.post(
    '/:locale/account/confirm-email',
    { bodyLimit: FORM_BODY_LIMIT },
    handleForm('confirmEmail', async (request, reply) =>
      (await confirmEmailChange(payload, text(request.query.token))) ? message(request, reply, 'account.emailChanged') : message(request, reply, 'account.badLink'),
    ),
  )

  // Help desk: signed-in people of a member city write to their region's hub team.
  async function helpPage(request: FormRequest, reply: FastifyReply, values: { message?: string }, errors: FieldErrors, status: number) {
    const viewer = await identifyViewer(payload, request)
    if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
    if (!(await findHelpDeskInbox(payload, viewer.user))) return message(request, reply, 'account.helpNeedsCity')
    const ctx = await site.context(request, reply)
    return site.sendElement(request, reply, createElement(HelpRequestPage, { ctx, guard: freshGuard(request, reply), values, errors }), status)
  }
  app.get(
    '/:locale/account/help',
    withLocale((request, reply) => helpPage(request, reply, {}, {}, 200)),
  )
  app.post(
    '/:locale/account/help',
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const values = { message: text(request.body?.message) }
      const rerender = (errors: FieldErrors, status: number) => helpPage(request, reply, values, errors, status)
      return answerForm(
        site,
        request,
        reply,
        { form: 'help', locale: locale(request), limiter: formLimiter, rerender, decoy: href(locale(request), '/account'), timed: false },
        async () => {
          const viewer = await identifyViewer(payload, request)
          const sent = viewer.user ? await sendHelpRequest(payload, viewer.user, values, locale(request), origin) : false
          return sent ? message(request, reply, 'account.helpSent') : reply.redirect(href(locale(request), '/account'), 303)
        },
      )
    }),
  )

  app.post(
    '/:locale/account/sign-out',
    { bodyLimit: FORM_BODY_LIMIT },
    withLocale(async (request, reply) => {
      const rerender = (errors: FieldErrors, status: number) => accountPage(request, reply, errors, status)
      return answerForm(
        site,
        request,
        reply,
        { form: 'account', locale: locale(request), limiter: formLimiter, rerender, decoy: href(locale(request), '/'), timed: false },
        async () => {
          const viewer = await identifyViewer(payload, request)
          if (viewer.user) await endSession(payload, viewer.user)
          reply.clearCookie(SESSION_COOKIE, { path: '/' }).header('clear-site-data', CLEAR_OFFLINE_COPIES)
          return reply.redirect(href(locale(request), '/'), 303)
        },
      )
    }),
  )

  app.post(
    '/:locale/account/delete',
    { bodyLimit: FORM_BODY_LIMIT },
    accountAction(async (request, reply, id, values) => {
      await deleteAccount(payload, id, values, origin)
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).header('clear-site-data', CLEAR_OFFLINE_COPIES)
      return message(request, reply, 'account.deleted')
    }),
  )
}
