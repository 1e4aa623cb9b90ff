import { readableOne } from '../../content/related'
import type { Payload } from 'payload'

/** Everything the hub holds about a member, as they may download it. */
export async function exportAccountData(payload: Payload, userId: number) {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
  const [subscriptions, messages, registrations, enrolments, answers, attempts, certificates] = await Promise.all([
    payload.find({ collection: 'subscribers', where: { email: { equals: user.email } }, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'contact-messages', where: { email: { equals: user.email } }, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'event-registrations', where: { member: { equals: userId } }, depth: 1, pagination: false, overrideAccess: true }),
    payload.find({ collection: 'enrolments', where: { member: { equals: userId } }, depth: 1, pagination: false, overrideAccess: true }),
    payload.find({ collection: 'learner-answers', where: { member: { equals: userId } }, depth: 1, pagination: false, overrideAccess: true }),
    payload.find({ collection: 'quiz-attempts', where: { member: { equals: userId } }, depth: 1, pagination: false, overrideAccess: true }),
    payload.find({ collection: 'certificates', where: { member: { equals: userId } }, depth: 0, pagination: false, overrideAccess: true }),
  ])
  const moduleOf = (value: Parameters<typeof readableOne<{ slug: string }>>[0]) => readableOne(value)?.slug ?? null
  return {
    exportedAt: new Date().toISOString(),
    account: { name: user.name, email: user.email, organisation: user.organisation, city: user.city, language: user.locale, roles: user.roles, createdAt: user.createdAt },
    newsletter: subscriptions.docs.map((s) => ({ email: s.email, status: s.status, language: s.locale, confirmedAt: s.confirmedAt })),
    contactMessages: messages.docs.map((m) => ({ topic: m.topic, message: m.message, sentAt: m.createdAt })),
    eventRegistrations: registrations.docs.map((r) => ({ event: readableOne(r.event)?.slug ?? null, status: r.status, registeredAt: r.registeredAt })),
    training: {
      modules: enrolments.docs.map((e) => ({
        module: moduleOf(e.module),
        status: e.status,
        lessonsDone: e.lessonsDone,
        score: e.score,
        startedAt: e.createdAt,
        completedAt: e.completedAt,
      })),
      answers: answers.docs.map((a) => ({ module: moduleOf(a.module), question: a.prompt, answer: a.response, score: a.score, answeredAt: a.createdAt })),
      quizAttempts: attempts.docs.map((a) => ({ module: moduleOf(a.module), attempt: a.number, score: a.score, passed: a.passed, submittedAt: a.submittedAt })),
      certificates: certificates.docs.map((c) => ({ code: c.code, module: c.moduleTitle, issuedAt: c.issuedAt, revoked: c.revoked })),
    },
  }
}
