import type { TrainingModule } from '../../cms/payload-types'
import { isQuestionKind, type QuestionKind } from '../../content/training/vocabulary'

/** One block of a lesson, as Payload returns it in one language. */
export type LessonBlock = TrainingModule['lessons'][number]['content'][number]

/** A knowledge check or quiz question, as Payload returns it. */
export type QuestionBlock = Extract<LessonBlock, { blockType: QuestionKind }>

export const isQuestionBlock = (block: LessonBlock): block is QuestionBlock => isQuestionKind(block.blockType)
