import type { Payload } from 'payload'

/**
 * A member who deletes their account takes their learning with them: their
 * answers (reflections may be personal), attempts, progress and
 * certificates, which then no longer verify.
 */
export async function forgetLearner(payload: Payload, memberId: number): Promise<void> {
  for (const collection of ['learner-answers', 'quiz-attempts', 'certificates', 'enrolments'] as const) {
    await payload.delete({ collection, where: { member: { equals: memberId } }, overrideAccess: true })
  }
}
