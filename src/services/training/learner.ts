import type { Payload, Where } from 'payload'
import type { Enrolment } from '../../cms/payload-types'

/**
 * Who is taking a module: a signed-in member, or a browser that is not
 * signed in, known by the random key of its learner cookie. A visitor's
 * progress moves to their account when they sign in (adopt-visitor-progress.ts).
 */
export type Learner = { memberId: number } | { visitor: string }

export const learnerWhere = (learner: Learner): Where => ('memberId' in learner ? { member: { equals: learner.memberId } } : { visitor: { equals: learner.visitor } })

export async function findEnrolment(payload: Payload, moduleId: number, learner: Learner): Promise<Enrolment | null> {
  const { docs } = await payload.find({
    collection: 'enrolments',
    where: { and: [{ module: { equals: moduleId } }, learnerWhere(learner)] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** How staff find a learner's progress in /admin: who (a member's name; a visitor has none) and which module. */
export const enrolmentTitle = (module: { title?: string | null; slug: string }, learnerName?: string | null) =>
  learnerName ? `${learnerName} · ${module.title ?? module.slug}` : (module.title ?? module.slug)

/**
 * The learner's progress in the module, made on their first answer or
 * finished lesson. Two first posts at once both try to make it; the unique
 * index keeps one, and the other reads it.
 */
export async function enrol(payload: Payload, moduleId: number, learner: Learner, title: string): Promise<Enrolment> {
  const existing = await findEnrolment(payload, moduleId, learner)
  if (existing) return existing
  try {
    return await payload.create({
      collection: 'enrolments',
      data: { module: moduleId, title, status: 'inProgress', lessonsDone: [], ...('memberId' in learner ? { member: learner.memberId } : { visitor: learner.visitor }) },
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    const raced = await findEnrolment(payload, moduleId, learner)
    if (raced) return raced
    throw error
  }
}

/** The lessons a learner finished, as stored: each lesson's id with the time it was finished. */
export type LessonDone = { lesson: string; at: string }

export function lessonsDoneOf(enrolment: Pick<Enrolment, 'lessonsDone'> | null): LessonDone[] {
  const value = enrolment?.lessonsDone
  return Array.isArray(value) ? value.filter((d): d is LessonDone => typeof d === 'object' && d !== null && typeof (d as LessonDone).lesson === 'string') : []
}
