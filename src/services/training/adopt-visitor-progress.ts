import type { Payload, TypedUser } from 'payload'
import type { Enrolment } from '../../cms/payload-types'
import type { Locale } from '../../content/locales'
import { relationId } from '../../content/related'
import { completeIfPassed } from './complete-module'
import { findModule } from './find-module'
import { enrolmentTitle, findEnrolment, lessonsDoneOf } from './learner'

/**
 * When a visitor who took lessons without an account signs in, what this
 * browser did becomes their account's: a module they had not started moves
 * over whole; one they had is merged (lessons finished in either, every
 * answer kept). A module finished here then earns its certificate.
 */
/** This browser's progress joins the member's own in the same module: lessons finished in either, every answer kept. */
async function merge(payload: Payload, kept: Enrolment, own: Enrolment, memberId: number): Promise<Enrolment> {
  const done = lessonsDoneOf(own)
  const lessonsDone = [...done, ...lessonsDoneOf(kept).filter((d) => !done.some((o) => o.lesson === d.lesson))]
  await payload.update({ collection: 'learner-answers', where: { enrolment: { equals: kept.id } }, data: { enrolment: own.id, member: memberId }, depth: 0, overrideAccess: true })
  await payload.delete({ collection: 'enrolments', id: kept.id, overrideAccess: true })
  return payload.update({ collection: 'enrolments', id: own.id, data: { lessonsDone, lastLesson: kept.lastLesson ?? own.lastLesson }, depth: 0, overrideAccess: true })
}

/** A module the member had not started: this browser's progress becomes theirs whole. */
async function moveOver(payload: Payload, kept: Enrolment, memberId: number, title: string): Promise<Enrolment> {
  await payload.update({ collection: 'learner-answers', where: { enrolment: { equals: kept.id } }, data: { member: memberId }, depth: 0, overrideAccess: true })
  return payload.update({ collection: 'enrolments', id: kept.id, data: { member: memberId, visitor: null, title }, depth: 0, overrideAccess: true })
}

export async function adoptVisitorProgress(payload: Payload, visitor: string, member: TypedUser, locale: Locale): Promise<void> {
  const memberId = Number(member.id)
  const { docs } = await payload.find({ collection: 'enrolments', where: { visitor: { equals: visitor } }, depth: 0, pagination: false, overrideAccess: true })
  for (const kept of docs) {
    const moduleId = relationId(kept.module)
    const module = (await findModule(payload, { id: moduleId }, locale, member, 0))?.doc
    const own = await findEnrolment(payload, moduleId, { memberId })
    const title = enrolmentTitle(module ?? { title: kept.title, slug: String(moduleId) }, member.name)
    const enrolment = own ? await merge(payload, kept, own, memberId) : await moveOver(payload, kept, memberId, title)
    if (module) await completeIfPassed(payload, enrolment, module, locale)
  }
}
