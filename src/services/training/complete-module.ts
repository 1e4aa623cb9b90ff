import type { Payload } from 'payload'
import type { Enrolment, TrainingModule } from '../../cms/payload-types'
import type { Locale } from '../../content/locales'
import { relationId } from '../../content/related'
import { newCertificateCode } from './certificate-code'
import { lessonsDoneOf } from './learner'
import { quizOf } from './quiz-rules'

async function passedQuiz(payload: Payload, enrolmentId: number): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'quiz-attempts',
    where: { and: [{ enrolment: { equals: enrolmentId } }, { passed: { equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * A module is passed when every lesson is finished and, if it has a final
 * quiz, an attempt reached the pass mark. A member who passes gets a
 * certificate, once, in the language they were reading in, with their name
 * and the module's title as they are today. A visitor who is not signed in
 * gets theirs when they sign in and their progress becomes their account's.
 */
export async function completeIfPassed(payload: Payload, enrolment: Enrolment, module: TrainingModule, locale: Locale): Promise<Enrolment> {
  if (enrolment.status === 'completed' && !enrolment.member) return enrolment
  const done = new Set(lessonsDoneOf(enrolment).map((d) => d.lesson))
  if (!module.lessons.every((l) => l.id && done.has(l.id))) return enrolment
  if (quizOf(module) && !(await passedQuiz(payload, enrolment.id))) return enrolment
  const completed =
    enrolment.status === 'completed'
      ? enrolment
      : await payload.update({ collection: 'enrolments', id: enrolment.id, data: { status: 'completed', completedAt: new Date().toISOString() }, depth: 0, overrideAccess: true })
  if (completed.member) await issueCertificate(payload, completed, module, locale)
  return completed
}

async function issueCertificate(payload: Payload, enrolment: Enrolment, module: TrainingModule, locale: Locale) {
  const { totalDocs } = await payload.count({ collection: 'certificates', where: { enrolment: { equals: enrolment.id } }, overrideAccess: true })
  if (totalDocs || !enrolment.member) return
  const member = await payload.findByID({ collection: 'users', id: relationId(enrolment.member), depth: 0, overrideAccess: true })
  try {
    await payload.create({
      collection: 'certificates',
      data: {
        code: newCertificateCode(),
        enrolment: enrolment.id,
        module: module.id,
        member: member.id,
        learnerName: member.name,
        moduleTitle: module.title ?? module.slug,
        locale,
        score: enrolment.score ?? undefined,
        issuedAt: new Date().toISOString(),
      },
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    // Two passing posts at once: the unique enrolment keeps one certificate.
    const { totalDocs: raced } = await payload.count({ collection: 'certificates', where: { enrolment: { equals: enrolment.id } }, overrideAccess: true })
    if (!raced) throw error
  }
}
