import type { Payload } from 'payload'
import type { Enrolment } from '../../cms/payload-types'
import { lessonsDoneOf } from './learner'
import type { ProgressView } from './types'

/**
 * Where the learner stands: what they finished, and the lesson to continue
 * with, which is the one they last reached unless they finished it, then the
 * first they have not.
 */
export async function progressOf(payload: Payload, enrolment: Enrolment, lessonIds: string[]): Promise<ProgressView> {
  const done = new Set(lessonsDoneOf(enrolment).map((d) => d.lesson))
  const last = enrolment.lastLesson ? lessonIds.indexOf(enrolment.lastLesson) : -1
  const firstOpen = lessonIds.findIndex((id) => !done.has(id))
  const resume = last >= 0 && !done.has(lessonIds[last]) ? last : firstOpen
  const [attempts, certificates] = await Promise.all([
    payload.count({ collection: 'quiz-attempts', where: { and: [{ enrolment: { equals: enrolment.id } }, { status: { equals: 'submitted' } }] }, overrideAccess: true }),
    payload.find({ collection: 'certificates', where: { enrolment: { equals: enrolment.id } }, depth: 0, limit: 1, overrideAccess: true, select: { code: true } }),
  ])
  return {
    done: lessonIds.filter((id) => done.has(id)).length,
    resume: resume >= 0 ? resume + 1 : null,
    completed: enrolment.status === 'completed',
    completedAt: enrolment.completedAt ?? null,
    score: enrolment.score ?? null,
    attemptsUsed: attempts.totalDocs,
    certificate: certificates.docs[0]?.code ?? null,
  }
}
