import type { Payload } from 'payload'
import type { QuestionResponse } from '../../content/training/answers'
import { isQuestionKind } from '../../content/training/vocabulary'

const isResponse = (value: unknown): value is QuestionResponse =>
  typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' && isQuestionKind((value as { kind: string }).kind)

/** The last answer a learner gave to each question: to one lesson's checks, or in one quiz attempt. */
export async function latestAnswers(payload: Payload, enrolmentId: number, scope: { attempt: number } | { questions: string[] }): Promise<Map<string, QuestionResponse>> {
  const { docs } = await payload.find({
    collection: 'learner-answers',
    where: {
      and: [
        { enrolment: { equals: enrolmentId } },
        'attempt' in scope ? { attempt: { equals: scope.attempt } } : { and: [{ attempt: { exists: false } }, { question: { in: scope.questions } }] },
      ],
    },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { question: true, response: true },
  })
  const latest = new Map<string, QuestionResponse>()
  for (const doc of docs) if (isResponse(doc.response)) latest.set(doc.question, doc.response)
  return latest
}
