import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { createElement } from 'react'
import { AppError } from '../../content/app-error'
import { pathTo, routePattern } from '../../content/content-types'
import type { Locale } from '../../content/locales'
import { lessonPath } from '../../content/training/paths'
import { uploadsDir } from '../../config/uploads-dir'
import { newAnswerKey } from '../../services/training/answer-key'
import { getLesson } from '../../services/training/get-lesson'
import { getModule } from '../../services/training/get-module'
import type { SiteAssets } from '../assets'
import { renderBrandCss } from '../brand-css'
import { withLocale, type FormRequest, type FormSite } from '../forms/admit'
import { freshGuard } from '../forms/form-session'
import { renderPage } from '../render'
import { sendPage } from '../send-page'
import { identifyViewer, siteReader } from '../viewer'
import { href } from '../views/context'
import { LessonPage } from '../views/pages/LessonPage'
import { ModulePage } from '../views/pages/ModulePage'
import { isSlug } from './list-params'

const MEDIA = '/api/media/file/'

/**
 * The files a page needs besides itself: our stylesheets, scripts and icons,
 * and its images. Where a picture offers a WebP copy, only that copy: every
 * browser with service workers shows it, and the original may weigh ten times
 * as much. Never a lesson's video, nor a file the page offers to download:
 * too heavy for a phone on a slow link, they are fetched online when asked for.
 */
export function subresourcesOf(html: string): string[] {
  const shown = html
    .replace(/<video\b[^>]*>[\s\S]*?<\/video>/g, '')
    .replace(/<a\b[^>]*\sdownload(?:="[^"]*")?[^>]*>/g, '<a>')
    .replace(/(<source type="image\/webp" srcSet="[^"]*"\/>)<img src="[^"]*"/g, '$1<img')
  const found = [...shown.matchAll(/ (?:src|srcSet|href)="(\/(?:assets\/|brand\.css|api\/media\/file\/)[^"\s]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'))
  return [...new Set(found)]
}

/** "1.2 MB", "1,2 Mo", "٨٠٠ ك.ب": the size in the page's language. */
export function formatSize(bytes: number, locale: Locale): string {
  const mega = bytes >= 1_000_000
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: mega ? 1 : 0 }).format(
    Math.max(mega ? bytes / 1_000_000 : bytes / 1000, 1),
  )
}

/**
 * Offline use of training modules (README, *Training modules*): the service
 * worker at /sw.js, and for each module the list of what saving it
 * downloads, with the size of each file, for the member who asks (their own
 * pages, with their answers: private, never stored by anyone on the way).
 */
export function registerOfflineRoutes(app: FastifyInstance, site: FormSite, assets: SiteAssets) {
  const { payload } = site

  // A worker's address cannot carry a hash; browsers check it for changes whenever it starts, and `no-cache` keeps that check honest.
  app.get('/sw.js', async (request, reply) => sendPage(request, reply, assets.serviceWorker, 'no-cache'))

  async function sizeOf(url: string, brandCss: string): Promise<number> {
    if (url.startsWith('/brand.css')) return Buffer.byteLength(brandCss)
    const asset = assets.files.get(url)
    if (asset) return asset.identity.length
    if (!url.startsWith(MEDIA)) return 0
    try {
      return (await stat(path.join(uploadsDir('media'), path.basename(decodeURIComponent(url.slice(MEDIA.length)))))).size
    } catch {
      return 0
    }
  }

  app.get(
    `/:locale${routePattern('trainingModule')}/offline.json`,
    withLocale(async (request: FormRequest, reply: FastifyReply) => {
      const locale = request.params.locale as Locale
      const slug = (request.params as { slug?: string }).slug ?? ''
      if (!isSlug(slug)) throw new AppError('not-found')
      const viewer = await identifyViewer(payload, request)
      if (!viewer.user) throw new AppError('members-only')
      const reader = siteReader(viewer)
      const learner = { memberId: Number(viewer.user.id) }
      const module = await getModule(payload, slug, locale, reader, learner)
      if (!module) throw new AppError('not-found')
      const ctx = await site.context(request, reply)
      // The pages as this member gets them, drawn now: their exact size, and the images and files they use.
      const at = (path: string) => ({ ...ctx, path })
      const modulePath = pathTo('trainingModule', slug)
      const pages = new Map([[href(locale, modulePath), renderPage(createElement(ModulePage, { ctx: at(modulePath), module }))]])
      const guard = freshGuard(request, reply)
      for (const { number } of module.lessons) {
        const lesson = await getLesson(payload, slug, number, locale, reader, learner)
        if (!lesson) continue
        const element = createElement(LessonPage, { ctx: at(lessonPath(slug, number)), lesson, guard, answerKey: newAnswerKey(), errors: {}, posted: {}, signInHref: null })
        pages.set(href(locale, lessonPath(slug, number)), renderPage(element))
      }
      const brandCss = renderBrandCss(ctx.site.brand)
      const files = [...pages].map(([url, html]) => ({ url, bytes: Buffer.byteLength(html) }))
      for (const url of new Set([...pages.values()].flatMap(subresourcesOf))) files.push({ url, bytes: await sizeOf(url, brandCss) })
      const bytes = files.reduce((sum, f) => sum + f.bytes, 0)
      return reply
        .header('cache-control', 'private, no-store')
        .type('application/json; charset=utf-8')
        .send({ bytes, summary: ctx.t('training.offline.size', { size: formatSize(bytes, locale) }), files })
    }),
  )
}
