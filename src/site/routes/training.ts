import type { FastifyInstance, FastifyReply } from 'fastify'
import { createElement } from 'react'
import { AppError, isAppError } from '../../content/app-error'
import { createTranslator } from '../../content/i18n/translate'
import type { Locale } from '../../content/locales'
import { qrSvg } from '../../content/qr/qr-svg'
import { pathTo } from '../../content/content-types'
import { attemptPath, certificatePath, lessonPath, quizPath, trainingRoutes } from '../../content/training/paths'
import { RateLimiter } from '../../shared/rate-limit'
import { hasRole } from '../../cms/access/roles'
import { isMembersOnly } from '../../services/site/is-members-only'
import { newAnswerKey } from '../../services/training/answer-key'
import { answerQuestion } from '../../services/training/answer-question'
import { finishLesson } from '../../services/training/finish-lesson'
import { getCertificate } from '../../services/training/get-certificate'
import { getLesson } from '../../services/training/get-lesson'
import { getModule } from '../../services/training/get-module'
import { getAttemptResult, getQuiz } from '../../services/training/get-quiz'
import { listModules } from '../../services/training/list-modules'
import { moduleReport } from '../../services/training/module-report'
import { certificateWording } from '../../services/training/certificate-wording'
import { renderCertificatePdf } from '../../services/training/render-certificate-pdf'
import { getSiteSettings } from '../../services/site/get-site-settings'
import { startQuiz } from '../../services/training/start-quiz'
import { submitQuiz } from '../../services/training/submit-quiz'
import { answerForm, FORM_BODY_LIMIT, type FormRequest, type FormSite, formText, withLocale } from '../forms/admit'
import type { FieldErrors } from '../forms/field-errors'
import { freshGuard } from '../forms/form-session'
import { HONEYPOT_FIELD } from '../forms/guard'
import { returnQuery } from '../forms/return-path'
import { learnerOf } from '../learner-cookie'
import { renderCsv } from '../machine/csv'
import { identifyViewer, siteReader } from '../viewer'
import { href } from '../views/context'
import { formatDate } from '../views/format-date'
import { CertificatePage } from '../views/pages/CertificatePage'
import { LessonPage } from '../views/pages/LessonPage'
import { ModuleReportPage, moduleReportTable } from '../views/pages/ModuleReportPage'
import { ModulePage } from '../views/pages/ModulePage'
import { ModulesPage } from '../views/pages/ModulesPage'
import { QuizPage } from '../views/pages/QuizPage'
import { QuizResultPage } from '../views/pages/QuizResultPage'
import { isSlug, ZModuleParamsSchema } from './list-params'
import type { PageHandler, Viewer } from './types'

// A learner answers many checks in a sitting, and a phone back online sends what it kept at once.
const limiter = new RateLimiter('training', 240, 10 * 60 * 1000)

/** The catalogue at /{locale}/modules, shared and cached like any list. */
export const modulesPage: PageHandler = async ({ payload, ctx, query, viewer }) => {
  const parsed = ZModuleParamsSchema.safeParse(query)
  if (!parsed.success) throw new AppError('invalid-input', { cause: parsed.error })
  return createElement(ModulesPage, { ctx, catalogue: await listModules(payload, ctx.locale, siteReader(viewer), parsed.data) })
}

/** Staff open `?preview=true` from /admin to see the latest draft; anyone else reads what is published. */
const isPreview = (query: Record<string, unknown>, viewer: Viewer) => query.preview === 'true' && hasRole(viewer.user, 'admin', 'editor')

/** A module's page; a member's copy says where they stand, and is never shared. */
export const modulePage: PageHandler = async ({ payload, ctx, params, query, viewer }) => {
  if (!isSlug(params.slug)) return null
  const preview = isPreview(query, viewer)
  const reader = preview ? viewer.user : siteReader(viewer)
  const module = await getModule(payload, params.slug, ctx.locale, reader, viewer.user ? { memberId: Number(viewer.user.id) } : null, preview)
  if (module) return createElement(ModulePage, { ctx, module, preview })
  if (!viewer.member && (await isMembersOnly(payload, 'training-modules', params.slug))) throw new AppError('members-only')
  return null
}

// The fields an answer form may carry besides its answers (`a.…`): anything else, a score say, was not sent by our form.
const formFields = new Set(['_csrf', '_started', HONEYPOT_FIELD, 'question', 'key'])
function refuseStrangeFields(body: Record<string, unknown> | undefined) {
  for (const name of Object.keys(body ?? {})) if (!name.startsWith('a.') && !formFields.has(name)) throw new AppError('invalid-input', { message: 'training.error.tampered' })
}

/**
 * Lessons, knowledge checks, the final quiz and certificates: per learner,
 * never cached, and every form a plain POST that works without script.
 */
export function registerTrainingRoutes(app: FastifyInstance, site: FormSite) {
  const { payload, origin } = site
  const localeOf = (request: FormRequest) => request.params.locale as Locale
  const param = (request: FormRequest, name: string) => (request.params as Record<string, string | undefined>)[name] ?? ''
  const slugOf = (request: FormRequest) => {
    const slug = param(request, 'slug')
    if (!isSlug(slug)) throw new AppError('not-found')
    return slug
  }
  const numberOf = (request: FormRequest, name: string) => {
    const value = param(request, name)
    if (!/^[1-9]\d{0,2}$/.test(value)) throw new AppError('not-found')
    return Number(value)
  }
  const signInHref = (request: FormRequest, path: string) => `${href(localeOf(request), '/account/sign-in')}${returnQuery(href(localeOf(request), path))}`

  /** A module this visitor may not read: members-only ones ask them to sign in; others do not exist. */
  async function missing(request: FormRequest, member: boolean): Promise<never> {
    if (!member && (await isMembersOnly(payload, 'training-modules', slugOf(request)))) throw new AppError('members-only')
    throw new AppError('not-found')
  }

  /** A service that found no such module or lesson for this visitor: the sign-in page for a members-only module, else not found. */
  const orMissing = (request: FormRequest, member: boolean) => (error: unknown) =>
    isAppError(error) && error.code === 'not-found' ? missing(request, member) : Promise.reject(error)

  async function lessonPage(request: FormRequest, reply: FastifyReply, errors: FieldErrors = {}, status = 200) {
    const viewer = await identifyViewer(payload, request)
    const slug = slugOf(request)
    const number = numberOf(request, 'lesson')
    const preview = isPreview(request.query, viewer)
    const lesson = await getLesson(payload, slug, number, localeOf(request), preview ? viewer.user : siteReader(viewer), learnerOf(request, reply, viewer, false), preview)
    if (!lesson) return missing(request, viewer.member)
    const ctx = await site.context(request, reply)
    const element = createElement(LessonPage, {
      ctx,
      lesson,
      guard: freshGuard(request, reply),
      answerKey: newAnswerKey(),
      errors,
      posted: status === 200 ? {} : (request.body ?? {}),
      signInHref: viewer.user ? null : signInHref(request, lessonPath(slug, number)),
    })
    return site.sendElement(request, reply, element, status)
  }

  const guard = (request: FormRequest, reply: FastifyReply, form: string, rerender: (errors: FieldErrors, status: number) => Promise<unknown>) => ({
    form,
    locale: localeOf(request),
    limiter,
    rerender,
    decoy: href(localeOf(request), pathTo('trainingModule', slugOf(request))),
    // One click on "Check my answer" is not a sign of a bot, and a phone replays its posts at once.
    timed: false,
  })

  /** A training form's POST: the site's checks, then no field our pages never send, then `work`. */
  function postForm(route: string, form: string, page: typeof lessonPage, work: (request: FormRequest, reply: FastifyReply) => Promise<unknown>) {
    app.post(
      `/:locale${route}`,
      { bodyLimit: FORM_BODY_LIMIT },
      withLocale(async (request, reply) =>
        answerForm(
          site,
          request,
          reply,
          guard(request, reply, form, (errors, status) => page(request, reply, errors, status)),
          async () => {
            refuseStrangeFields(request.body)
            return work(request, reply)
          },
        ),
      ),
    )
  }

  app.get(
    `/:locale${trainingRoutes.lesson}`,
    withLocale((request, reply) => lessonPage(request, reply)),
  )

  postForm(trainingRoutes.lessonAnswer, 'training-answer', lessonPage, async (request, reply) => {
    const viewer = await identifyViewer(payload, request)
    const slug = slugOf(request)
    const number = numberOf(request, 'lesson')
    const question = formText(request.body?.question)
    const user = siteReader(viewer)
    const learner = learnerOf(request, reply, viewer, true)
    if (!learner) throw new AppError('internal')
    await answerQuestion(payload, { slug, lesson: number, question, posted: request.body ?? {}, locale: localeOf(request), user, learner }).catch(orMissing(request, viewer.member))
    return reply.redirect(`${href(localeOf(request), lessonPath(slug, number))}#q-${encodeURIComponent(question)}`, 303)
  })

  postForm(trainingRoutes.lessonFinish, 'training-finish', lessonPage, async (request, reply) => {
    const viewer = await identifyViewer(payload, request)
    const slug = slugOf(request)
    const number = numberOf(request, 'lesson')
    const learner = learnerOf(request, reply, viewer, true)
    if (!learner) throw new AppError('internal')
    const after = await finishLesson(payload, slug, number, localeOf(request), siteReader(viewer), learner).catch(orMissing(request, viewer.member))
    const next = after.next ? lessonPath(slug, after.next) : after.hasQuiz ? quizPath(slug) : pathTo('trainingModule', slug)
    return reply.redirect(href(localeOf(request), next), 303)
  })

  async function quizPage(request: FormRequest, reply: FastifyReply, errors: FieldErrors = {}, status = 200) {
    const viewer = await identifyViewer(payload, request)
    const slug = slugOf(request)
    const quiz = await getQuiz(payload, slug, localeOf(request), siteReader(viewer))
    if (!quiz) return missing(request, viewer.member)
    const ctx = await site.context(request, reply)
    const element = createElement(QuizPage, {
      ctx,
      quiz,
      guard: freshGuard(request, reply),
      errors,
      posted: status === 200 ? {} : (request.body ?? {}),
      signInHref: viewer.user ? null : signInHref(request, quizPath(slug)),
    })
    return site.sendElement(request, reply, element, status)
  }

  /** The quiz issues certificates in the learner's name: it needs an account. Reads as a member, whatever else they are. */
  async function member(request: FormRequest, reply: FastifyReply) {
    const reader = siteReader(await identifyViewer(payload, request))
    if (!reader) reply.redirect(signInHref(request, quizPath(slugOf(request))), 303)
    return reader
  }

  app.get(
    `/:locale${trainingRoutes.quiz}`,
    withLocale((request, reply) => quizPage(request, reply)),
  )

  postForm(trainingRoutes.quizStart, 'training-quiz', quizPage, async (request, reply) => {
    const user = await member(request, reply)
    if (!user) return reply
    await startQuiz(payload, slugOf(request), localeOf(request), user)
    return reply.redirect(href(localeOf(request), quizPath(slugOf(request))), 303)
  })

  postForm(trainingRoutes.attempt, 'training-quiz', quizPage, async (request, reply) => {
    const user = await member(request, reply)
    if (!user) return reply
    const number = numberOf(request, 'attempt')
    await submitQuiz(payload, slugOf(request), number, request.body ?? {}, localeOf(request), user)
    return reply.redirect(href(localeOf(request), attemptPath(slugOf(request), number)), 303)
  })

  app.get(
    `/:locale${trainingRoutes.attempt}`,
    withLocale(async (request, reply) => {
      const user = await member(request, reply)
      if (!user) return reply
      const result = await getAttemptResult(payload, slugOf(request), numberOf(request, 'attempt'), localeOf(request), user)
      if (!result) throw new AppError('not-found')
      const ctx = await site.context(request, reply)
      return site.sendElement(request, reply, createElement(QuizResultPage, { ctx, result }), 200)
    }),
  )

  // Staff's report on a module, as a page and as CSV; anyone else gets the 403 page, staff a 404 for a module that does not exist.
  async function report(request: FormRequest) {
    const viewer = await identifyViewer(payload, request)
    const found = await moduleReport(payload, viewer.user, slugOf(request), localeOf(request))
    if (!found) throw new AppError('not-found')
    return found
  }

  app.get(
    `/:locale${trainingRoutes.report}`,
    withLocale(async (request, reply) => {
      const found = await report(request)
      const ctx = await site.context(request, reply)
      return site.sendElement(request, reply, createElement(ModuleReportPage, { ctx, report: found }), 200)
    }),
  )

  app.get(
    `/:locale${trainingRoutes.reportCsv}`,
    withLocale(async (request, reply) => {
      const found = await report(request)
      const { header, rows } = moduleReportTable(found, createTranslator(localeOf(request)))
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${found.slug}-report.csv"`)
        .type('text/csv; charset=utf-8')
        .send(renderCsv(header, rows))
    }),
  )

  const codeOf = (request: FormRequest) => param(request, 'code').toUpperCase()

  // Anyone may check a code; the answer is read fresh, so a revocation shows at once.
  app.get(
    `/:locale${trainingRoutes.certificate}`,
    withLocale(async (request, reply) => {
      const certificate = await getCertificate(payload, codeOf(request), localeOf(request))
      if (!certificate) throw new AppError('not-found', { message: 'training.error.noSuchCertificate' })
      const ctx = await site.context(request, reply)
      const qr = qrSvg(`${origin}${href(localeOf(request), certificatePath(certificate.code))}`)
      return site.sendElement(request, reply, createElement(CertificatePage, { ctx, certificate, qr: { size: qr.size, path: qr.d } }), 200)
    }),
  )

  app.get(
    `/:locale${trainingRoutes.certificatePdf}`,
    withLocale(async (request, reply) => {
      const found = await getCertificate(payload, codeOf(request), localeOf(request))
      // The PDF speaks the language the learner took the module in, whichever page it was asked from.
      const certificate = found && found.locale !== localeOf(request) ? await getCertificate(payload, found.code, found.locale) : found
      if (!certificate || certificate.revoked) throw new AppError('not-found', { message: 'training.error.noSuchCertificate' })
      const { locale } = certificate
      const pdf = await renderCertificatePdf({
        ...certificateWording(locale),
        // The network's name in the certificate's language too, not the page's.
        networkName: (await getSiteSettings(payload, locale)).networkName,
        learnerName: certificate.learnerName,
        moduleTitle: certificate.moduleTitle,
        issuedOn: formatDate(certificate.issuedAt, locale) ?? '',
        code: certificate.code,
        verifyUrl: `${origin}${href(locale, certificatePath(certificate.code))}`,
      })
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
        .type('application/pdf')
        .send(pdf)
    }),
  )
}
