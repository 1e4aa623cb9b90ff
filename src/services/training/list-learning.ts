import type { Payload } from 'payload'
import type { Locale } from '../../content/locales'
import { readableOne } from '../../content/related'
import { progressOf } from './get-progress'
import type { LearningView } from './types'

/** A member's modules, in progress and completed, most recent first, for their account page and data export. */
export async function listLearning(payload: Payload, memberId: number, locale: Locale): Promise<LearningView> {
  const { docs } = await payload.find({
    collection: 'enrolments',
    where: { member: { equals: memberId } },
    sort: '-updatedAt',
    depth: 1,
    locale,
    pagination: false,
    overrideAccess: true,
  })
  const modules = []
  for (const enrolment of docs) {
    const module = readableOne(enrolment.module)
    // A module unpublished since still has its progress kept, but no page to continue on.
    if (!module || module._status !== 'published') continue
    const progress = await progressOf(
      payload,
      enrolment,
      module.lessons.map((l) => l.id ?? ''),
    )
    modules.push({
      slug: module.slug,
      title: module.title ?? module.slug,
      done: progress.done,
      lessonCount: module.lessons.length,
      resume: progress.resume,
      completedAt: progress.completedAt,
      score: progress.score,
      updatedAt: enrolment.updatedAt,
      certificate: progress.certificate,
    })
  }
  return { modules }
}
