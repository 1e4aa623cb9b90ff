import type { TrainingModule } from '../../cms/payload-types'
import type { QuestionBlock } from './question-types'
import type { QuizRules } from './types'

/** A module's final quiz as its rules apply; null when it has none. */
export function quizOf(module: Pick<TrainingModule, 'quiz'>): (QuizRules & { pool: QuestionBlock[] }) | null {
  const pool = module.quiz?.questions ?? []
  if (!pool.length) return null
  return {
    pool,
    questions: Math.min(module.quiz?.drawn ?? pool.length, pool.length),
    passMark: module.quiz?.passMark ?? 70,
    maxAttempts: module.quiz?.maxAttempts ?? 3,
  }
}
