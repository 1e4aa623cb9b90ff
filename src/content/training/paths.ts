import { pathTo, routePattern } from '../content-types'

/**
 * The addresses of a module's lessons, quiz, certificates and staff's
 * report, below the module's own page. The lesson, quiz, certificate and
 * report pages are per visitor and never cached; the module page and
 * catalogue are shared like any page. Links, mails, the QR code and the
 * site's routes all build them here.
 */
export const lessonPath = (slug: string, lesson: number | string) => `${pathTo('trainingModule', slug)}/lessons/${lesson}`
export const lessonAnswerPath = (slug: string, lesson: number | string) => `${lessonPath(slug, lesson)}/answer`
export const lessonFinishPath = (slug: string, lesson: number | string) => `${lessonPath(slug, lesson)}/finish`
export const quizPath = (slug: string) => `${pathTo('trainingModule', slug)}/quiz`
export const quizStartPath = (slug: string) => `${quizPath(slug)}/start`
export const attemptPath = (slug: string, attempt: number | string) => `${quizPath(slug)}/attempts/${attempt}`
/** Staff's report on a module, as a page and as CSV. */
export const reportPath = (slug: string) => `${pathTo('trainingModule', slug)}/report`
export const reportCsvPath = (slug: string) => `${reportPath(slug)}.csv`

export const certificatePath = (code: string) => `/certificates/${code}`
export const certificatePdfPath = (code: string) => `${certificatePath(code)}.pdf`

const moduleRoute = routePattern('trainingModule')
export const trainingRoutes = {
  lesson: lessonPath(':slug', ':lesson'),
  lessonAnswer: lessonAnswerPath(':slug', ':lesson'),
  lessonFinish: lessonFinishPath(':slug', ':lesson'),
  quiz: `${moduleRoute}/quiz`,
  quizStart: `${moduleRoute}/quiz/start`,
  attempt: attemptPath(':slug', ':attempt'),
  report: `${moduleRoute}/report`,
  reportCsv: `${moduleRoute}/report.csv`,
  certificate: certificatePath(':code'),
  certificatePdf: certificatePdfPath(':code'),
}
