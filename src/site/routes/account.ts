import type { FastifyInstance, FastifyReply } from 'fastify'
import { ValidationError } from 'payload'
import { createElement, type ReactElement } from 'react'
import type { Locale } from '../../content/locales'
import {
  accountData, confirmEmailChange, endSession, helpDeskInbox, register, requestEmailChange, requestPasswordReset, resetPassword, verifyAccount,
  ZEmailChangeSchema, ZEmailOnlySchema, ZHelpRequestSchema, ZNewPasswordSchema, ZPasswordChangeSchema, ZProfileSchema, ZRegistrationSchema, ZSignInSchema,
} from '../../services/accounts/accounts'
import { sendContactMessage } from '../../services/contact/send-contact-message'
import { admit, FORM_BODY_LIMIT, type FormRequest, type FormSite, formText, localeRoutes } from '../forms/admit'
import { fieldErrors, type FieldErrors, storedFieldErrors } from '../forms/field-errors'
import { freshGuard } from '../forms/form-session'
import { RateLimiter } from '../../shared/rate-limit'
import { identifyViewer } from '../viewer'
import { TextArea, TextInput } from '../views/components/Form'
import { href } from '../views/context'
import { AccountPage } from '../views/pages/AccountPage'
import { FormPage } from '../views/pages/FormPage'
import { MessagePage } from '../views/pages/MessagePage'

const SESSION_COOKIE = 'payload-token'
const text = formText
// Per address, on top of Payload's lock-out of an account after five failures.
const signInLimiter = new RateLimiter('account-sign-in', 10, 10 * 60 * 1000)
const formLimiter = new RateLimiter('account-forms', 10, 10 * 60 * 1000)

/** Resource-hub accounts: register, confirm, sign in and out, reset a password, manage or delete the account. */
export function registerAccountRoutes(app: FastifyInstance, site: FormSite) {
  const { payload, origin } = site
  const locale = (request: FormRequest) => request.params.locale as Locale

  const withLocale = localeRoutes(site)

  async function message(request: FormRequest, reply: FastifyReply, key: string, extra?: ReactElement) {
    const ctx = await site.context(locale(request), request.url)
    return site.sendElement(request, reply, createElement(MessagePage, { ctx, title: ctx.t(`${key}Title`), body: ctx.t(`${key}Body`) }, extra), 200)
  }

  type Field = { name: string; type?: 'text' | 'email' | 'password'; label: string; hint?: string; autoComplete?: string; maxLength?: number; required?: boolean }

  async function formPage(request: FormRequest, reply: FastifyReply, page: string, fields: Field[], values: Record<string, string>, errors: FieldErrors, status: number, action?: string) {
    const ctx = await site.context(locale(request), request.url)
    const { t } = ctx
    const links = createElement('ul', { className: 'inline-list' },
      ...(page === 'signIn' ? [['register', 'account.registerLink'], ['forgot', 'account.forgotLink']] : [['sign-in', 'account.signInLink']]).map(([path, label]) =>
        createElement('li', { key: path }, createElement('a', { href: href(ctx.locale, `/account/${path}`) }, t(label)))))
    const element = createElement(FormPage, {
      ctx, errors, guard: freshGuard(request, reply),
      title: t(`account.${page}Title`),
      intro: createElement('p', { className: 'lead' }, t(`account.${page}Intro`)),
      action: action ?? request.url,
      submit: t(`account.${page}Submit`),
      after: links,
    }, ...fields.map((f) => createElement(TextInput, {
      key: f.name, name: f.name, type: f.type ?? 'text', label: t(f.label), hint: f.hint ? t(f.hint) : undefined, value: f.type === 'password' ? undefined : values[f.name],
      error: errors[f.name], required: f.required ?? true, maxLength: f.maxLength ?? 200, autoComplete: f.autoComplete,
    })))
    return site.sendElement(request, reply, element, status)
  }

  const emailField: Field = { name: 'email', type: 'email', label: 'form.email', autoComplete: 'email', maxLength: 254 }
  const newPassword: Field = { name: 'password', type: 'password', label: 'account.newPassword', hint: 'account.passwordHint', autoComplete: 'new-password' }
  const registerFields: Field[] = [
    { name: 'name', label: 'form.name', autoComplete: 'name', maxLength: 120 }, emailField,
    { name: 'organisation', label: 'form.organisationOptional', autoComplete: 'organization', required: false },
    { name: 'city', label: 'account.cityOptional', required: false, maxLength: 120 }, newPassword,
  ]
  const signInFields: Field[] = [emailField, { name: 'password', type: 'password', label: 'account.password', autoComplete: 'current-password' }]

  /** A guarded, validated POST of a simple form; `done` runs only on valid input. */
  function handleForm<T>(page: string, fields: Field[], schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }, done: (request: FormRequest, reply: FastifyReply, data: T) => Promise<unknown>, options: { limiter?: RateLimiter; timed?: boolean } = {}) {
    return withLocale(async (request, reply) => {
      const values = Object.fromEntries(fields.map((f) => [f.name, text(request.body?.[f.name])]))
      const again = (errors: FieldErrors, status: number) => formPage(request, reply, page, fields, values, errors, status)
      const admitted = await admit(site, request, reply, { form: `account-${page}`, locale: locale(request), limiter: options.limiter ?? formLimiter, rerender: again, decoy: href(locale(request), '/account'), timed: options.timed ?? false })
      if (!admitted) return reply
      const parsed = schema.safeParse(values)
      if (!parsed.success) return again(fieldErrors(parsed.error, (await site.context(locale(request), request.url)).t), 400)
      return done(request, reply, parsed.data).catch(async (error: unknown) => {
        if (!(error instanceof ValidationError)) throw error
        return again(storedFieldErrors(error, (await site.context(locale(request), request.url)).t), 400)
      })
    })
  }

  const show = (page: string, fields: Field[]) => withLocale((request, reply) => formPage(request, reply, page, fields, {}, {}, 200))

  app.get('/:locale/account/register', show('register', registerFields))
  app.post('/:locale/account/register', { bodyLimit: FORM_BODY_LIMIT }, handleForm('register', registerFields, ZRegistrationSchema, async (request, reply, data) => {
    await register(payload, data, locale(request), origin)
    return reply.redirect(href(locale(request), '/account/registered'), 303)
  }, { timed: true }))
  app.get('/:locale/account/registered', withLocale((request, reply) => message(request, reply, 'account.registered')))

  app.get('/:locale/account/verify', withLocale(async (request, reply) => {
    const ctx = await site.context(locale(request), request.url)
    const button = createElement(FormPage, {
      ctx, errors: {}, guard: freshGuard(request, reply), title: ctx.t('account.verifyTitle'), action: request.url, submit: ctx.t('account.verifySubmit'),
      intro: createElement('p', { className: 'lead' }, ctx.t('account.verifyIntro')),
    }, null)
    return site.sendElement(request, reply, button, 200)
  }))
  app.post('/:locale/account/verify', { bodyLimit: FORM_BODY_LIMIT }, handleForm('verify', [], { safeParse: () => ({ success: true as const, data: {} }) }, async (request, reply) =>
    (await verifyAccount(payload, text(request.query.token))) ? message(request, reply, 'account.verified') : message(request, reply, 'account.badLink')))

  app.get('/:locale/account/sign-in', show('signIn', signInFields))
  app.post('/:locale/account/sign-in', { bodyLimit: FORM_BODY_LIMIT }, handleForm('signIn', signInFields, ZSignInSchema, async (request, reply, data) => {
    const again = async (key: string) =>
      formPage(request, reply, 'signIn', signInFields, { email: data.email }, { form: (await site.context(locale(request), request.url)).t(key) }, 400)
    try {
      const result = await payload.login({ collection: 'users', data })
      reply.setCookie(SESSION_COOKIE, result.token!, {
        path: '/', httpOnly: true, sameSite: 'lax', secure: process.env.SECURE_COOKIES === 'true', expires: new Date((result.exp ?? 0) * 1000),
      })
      return reply.redirect(href(locale(request), '/account'), 303)
    } catch (error) {
      if ((error as { status?: number }).status === 429) return site.sendError(request, reply, 429)
      const name = (error as Error).name
      return again(name === 'LockedAuth' ? 'account.locked' : name === 'UnverifiedEmail' ? 'account.unverified' : 'account.wrongCredentials')
    }
  }, { limiter: signInLimiter }))

  app.get('/:locale/account/forgot', show('forgot', [emailField]))
  app.post('/:locale/account/forgot', { bodyLimit: FORM_BODY_LIMIT }, handleForm('forgot', [emailField], ZEmailOnlySchema, async (request, reply, data) => {
    // The reply leaves before any lookup, so its timing cannot tell whether the address has an account.
    requestPasswordReset(payload, data.email, locale(request), origin).catch((error) => request.log.error({ err: error }, 'A password reset request failed'))
    return reply.redirect(href(locale(request), '/account/reset-sent'), 303)
  }))
  app.get('/:locale/account/reset-sent', withLocale((request, reply) => message(request, reply, 'account.resetSent')))
  app.get('/:locale/account/reset', show('reset', [newPassword]))
  app.post('/:locale/account/reset', { bodyLimit: FORM_BODY_LIMIT }, handleForm('reset', [newPassword], ZNewPasswordSchema, async (request, reply, data) =>
    (await resetPassword(payload, text(request.query.token), data.password)) ? message(request, reply, 'account.resetDone') : message(request, reply, 'account.badLink')))

  // Pages for the signed-in member.
  async function accountPage(request: FormRequest, reply: FastifyReply, errors: FieldErrors = {}, status = 200, notice?: string) {
    const viewer = await identifyViewer(payload, request)
    if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
    const ctx = await site.context(locale(request), request.url)
    const u = viewer.user as unknown as Record<string, string>
    const account = { name: u.name ?? '', email: u.email, organisation: u.organisation ?? '', city: u.city ?? '', pendingEmail: u.pendingEmail ?? '', canAskForHelp: Boolean(await helpDeskInbox(payload, viewer.user as never)) }
    return site.sendElement(request, reply, createElement(AccountPage, { ctx, account, guard: freshGuard(request, reply), errors, notice: notice ? ctx.t(notice) : undefined }), status)
  }

  app.get('/:locale/account', withLocale((request, reply) => accountPage(request, reply)))
  app.get('/:locale/account/data.json', withLocale(async (request, reply) => {
    const viewer = await identifyViewer(payload, request)
    if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
    reply.header('content-disposition', 'attachment; filename="my-hub-data.json"').header('cache-control', 'private, no-store')
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(await accountData(payload, Number(viewer.user.id)), null, 2))
  }))

  /** A POST from the account page: guarded, signed in, validated, then `act`. */
  const accountAction = <T,>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }, act: (request: FormRequest, reply: FastifyReply, userId: number, data: T) => Promise<unknown>) =>
    withLocale(async (request, reply) => {
      const admitted = await admit(site, request, reply, { form: 'account', locale: locale(request), limiter: formLimiter, rerender: (errors, status) => accountPage(request, reply, errors, status), decoy: href(locale(request), '/account'), timed: false })
      if (!admitted) return reply
      const viewer = await identifyViewer(payload, request)
      if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
      const parsed = schema.safeParse(Object.fromEntries(Object.entries(request.body ?? {}).map(([k, v]) => [k, text(v)])))
      if (!parsed.success) return accountPage(request, reply, fieldErrors(parsed.error, (await site.context(locale(request), request.url)).t), 400)
      return act(request, reply, Number(viewer.user.id), parsed.data).catch(async (error: unknown) => {
        if (!(error instanceof ValidationError)) throw error
        return accountPage(request, reply, storedFieldErrors(error, (await site.context(locale(request), request.url)).t), 400)
      })
    })

  app.post('/:locale/account/profile', { bodyLimit: FORM_BODY_LIMIT }, accountAction(ZProfileSchema, async (request, reply, id, data) => {
    await payload.update({ collection: 'users', id, data, overrideAccess: true })
    return accountPage(request, reply, {}, 200, 'account.saved')
  }))

  const passwordMatches = async (id: number, password: string) => {
    const user = await payload.findByID({ collection: 'users', id, overrideAccess: true })
    return payload.login({ collection: 'users', data: { email: user.email, password } }).then(() => true, () => false)
  }

  app.post('/:locale/account/password', { bodyLimit: FORM_BODY_LIMIT }, accountAction(ZPasswordChangeSchema, async (request, reply, id, data) => {
    const { t } = await site.context(locale(request), request.url)
    if (!(await passwordMatches(id, data.current))) return accountPage(request, reply, { current: t('account.wrongPassword') }, 400)
    await payload.update({ collection: 'users', id, data: { password: data.password }, overrideAccess: true })
    return accountPage(request, reply, {}, 200, 'account.passwordChanged')
  }))

  app.post('/:locale/account/email', { bodyLimit: FORM_BODY_LIMIT }, accountAction(ZEmailChangeSchema, async (request, reply, id, data) => {
    const { t } = await site.context(locale(request), request.url)
    if (!(await passwordMatches(id, data.emailPassword))) return accountPage(request, reply, { emailPassword: t('account.wrongPassword') }, 400)
    await requestEmailChange(payload, id, data.email, locale(request), origin)
    return accountPage(request, reply, {}, 200, 'account.emailChangeSent')
  }))

  app.get('/:locale/account/confirm-email', withLocale(async (request, reply) => {
    const ctx = await site.context(locale(request), request.url)
    return site.sendElement(request, reply, createElement(FormPage, {
      ctx, errors: {}, guard: freshGuard(request, reply), title: ctx.t('account.confirmEmailTitle'), action: request.url, submit: ctx.t('account.confirmEmailSubmit'),
      intro: createElement('p', { className: 'lead' }, ctx.t('account.confirmEmailIntro')),
    }), 200)
  }))
  app.post('/:locale/account/confirm-email', { bodyLimit: FORM_BODY_LIMIT }, handleForm('confirmEmail', [], { safeParse: () => ({ success: true as const, data: {} }) }, async (request, reply) =>
    (await confirmEmailChange(payload, text(request.query.token))) ? message(request, reply, 'account.emailChanged') : message(request, reply, 'account.badLink')))

  // Help desk: signed-in people of a member city write to their region's hub team.
  async function helpPage(request: FormRequest, reply: FastifyReply, values: Record<string, string>, errors: FieldErrors, status: number) {
    const viewer = await identifyViewer(payload, request)
    if (!viewer.user) return reply.redirect(href(locale(request), '/account/sign-in'), 303)
    if (!(await helpDeskInbox(payload, viewer.user as never))) return message(request, reply, 'account.helpNeedsCity')
    const ctx = await site.context(locale(request), request.url)
    return site.sendElement(request, reply, createElement(FormPage, {
      ctx, errors, guard: freshGuard(request, reply), title: ctx.t('account.helpTitle'), action: href(ctx.locale, '/account/help'), submit: ctx.t('account.helpSubmit'),
      intro: createElement('p', { className: 'lead' }, ctx.t('account.helpIntro')),
    }, createElement(TextArea, { name: 'message', label: ctx.t('contact.message'), value: values.message, error: errors.message, required: true, maxLength: 5000 })), status)
  }
  app.get('/:locale/account/help', withLocale((request, reply) => helpPage(request, reply, {}, {}, 200)))
  app.post('/:locale/account/help', { bodyLimit: FORM_BODY_LIMIT }, withLocale(async (request, reply) => {
    const values = { message: text(request.body?.message) }
    const again = (errors: FieldErrors, status: number) => helpPage(request, reply, values, errors, status)
    if (!(await admit(site, request, reply, { form: 'help', locale: locale(request), limiter: formLimiter, rerender: again, decoy: href(locale(request), '/account'), timed: false }))) return reply
    const viewer = await identifyViewer(payload, request)
    const inbox = viewer.user ? await helpDeskInbox(payload, viewer.user as never) : null
    if (!viewer.user || !inbox) return reply.redirect(href(locale(request), '/account'), 303)
    const parsed = ZHelpRequestSchema.safeParse(values)
    if (!parsed.success) return again(fieldErrors(parsed.error, (await site.context(locale(request), request.url)).t), 400)
    const u = viewer.user as unknown as Record<string, string>
    await sendContactMessage(payload, { topic: 'support', name: u.name || u.email, email: u.email, organisation: u.organisation ?? '', message: parsed.data.message }, locale(request), origin, inbox)
    return message(request, reply, 'account.helpSent')
  }))

  app.post('/:locale/account/sign-out', { bodyLimit: FORM_BODY_LIMIT }, withLocale(async (request, reply) => {
    const admitted = await admit(site, request, reply, { form: 'account', locale: locale(request), limiter: formLimiter, rerender: (errors, status) => accountPage(request, reply, errors, status), decoy: href(locale(request), '/'), timed: false })
    if (!admitted) return reply
    const viewer = await identifyViewer(payload, request)
    if (viewer.user) await endSession(payload, viewer.user)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.redirect(href(locale(request), '/'), 303)
  }))

  app.post('/:locale/account/delete', { bodyLimit: FORM_BODY_LIMIT }, accountAction(
    { safeParse: (v: unknown) => ({ success: true as const, data: v as { confirmPassword?: string } }) },
    async (request, reply, id, data) => {
      const { t } = await site.context(locale(request), request.url)
      if (!(await passwordMatches(id, data.confirmPassword ?? ''))) return accountPage(request, reply, { confirmPassword: t('account.wrongPassword') }, 400)
      await payload.delete({ collection: 'users', id, overrideAccess: true })
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return message(request, reply, 'account.deleted')
    },
  ))
}
