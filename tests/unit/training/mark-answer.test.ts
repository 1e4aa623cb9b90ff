import { describe, expect, it } from 'vitest'
import { answerFieldName } from '../../../src/content/training/answers'
import { isAppError } from '../../../src/content/app-error'
import { markAnswer } from '../../../src/services/training/mark-answer'
import type { QuestionBlock } from '../../../src/services/training/question-types'
import { readResponse, readResponses } from '../../../src/services/training/read-response'

const single: QuestionBlock = {
  blockType: 'single',
  id: 'q1',
  prompt: 'Who convenes?',
  options: [
    { id: 'o1', text: 'The city', correct: true, feedback: 'Yes' },
    { id: 'o2', text: 'The state', correct: false, feedback: 'No' },
  ],
}
const multiple: QuestionBlock = {
  blockType: 'multiple',
  id: 'q2',
  prompt: 'Who sits at the table?',
  options: [
    { id: 'a', text: 'Schools', correct: true },
    { id: 'b', text: 'Police', correct: true },
    { id: 'c', text: 'Nobody', correct: false },
  ],
}
const matching: QuestionBlock = {
  blockType: 'matching',
  id: 'q3',
  prompt: 'Match',
  pairs: [
    { id: 'p1', left: 'Refer', right: 'Teacher' },
    { id: 'p2', left: 'Assess', right: 'Table' },
  ],
}
const ordering: QuestionBlock = {
  blockType: 'ordering',
  id: 'q4',
  prompt: 'Order',
  items: [
    { id: 'i1', text: 'First' },
    { id: 'i2', text: 'Second' },
    { id: 'i3', text: 'Third' },
  ],
}
const trueFalse: QuestionBlock = { blockType: 'trueFalse', id: 'q5', prompt: 'True?', isTrue: false, feedbackTrue: 'It is not.', feedbackFalse: 'Right.' }
const reflection: QuestionBlock = { blockType: 'reflection', id: 'q6', prompt: 'Reflect', guidance: 'Think.' }

const code = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return isAppError(error) ? (error.fields ?? error.messageKey) : 'not an AppError'
  }
  return 'no error'
}

describe('marking', () => {
  it('scores choices all or nothing, and ticking every box scores nothing', () => {
    expect(markAnswer(single, { kind: 'single', choice: 'o1' }).score).toBe(1)
    expect(markAnswer(single, { kind: 'single', choice: 'o2' }).score).toBe(0)
    expect(markAnswer(multiple, { kind: 'multiple', choices: ['a', 'b'] }).score).toBe(1)
    expect(markAnswer(multiple, { kind: 'multiple', choices: ['a'] }).score).toBe(0)
    expect(markAnswer(multiple, { kind: 'multiple', choices: ['a', 'b', 'c'] }).score).toBe(0)
  })

  it('gives the feedback of what was chosen and of the right answer', () => {
    const parts = markAnswer(single, { kind: 'single', choice: 'o2' }).parts
    expect(parts.map((p) => [p.text, p.chosen, p.right, p.feedback])).toEqual([
      ['The city', false, false, 'Yes'],
      ['The state', true, false, 'No'],
    ])
    expect(markAnswer(trueFalse, { kind: 'trueFalse', value: 'true' })).toMatchObject({ score: 0, parts: [{ feedback: 'It is not.' }] })
  })

  it('scores the share of pairs and places put right', () => {
    expect(markAnswer(matching, { kind: 'matching', matches: { p1: 'p1', p2: 'p2' } }).score).toBe(1)
    expect(markAnswer(matching, { kind: 'matching', matches: { p1: 'p2', p2: 'p1' } }).score).toBe(0)
    expect(markAnswer(ordering, { kind: 'ordering', places: { i1: 1, i2: 3, i3: 2 } }).score).toBeCloseTo(1 / 3)
  })

  it('keeps a reflection unmarked, and a response of another kind scores nothing', () => {
    expect(markAnswer(reflection, { kind: 'reflection', text: 'Talk to schools' }).score).toBeNull()
    expect(markAnswer(single, { kind: 'trueFalse', value: 'true' }).score).toBe(0)
  })
})

describe('reading a posted answer', () => {
  it('reads every kind from its form fields', () => {
    expect(readResponse(single, { [answerFieldName('q1')]: 'o1' })).toEqual({ kind: 'single', choice: 'o1' })
    expect(readResponse(multiple, { [answerFieldName('q2')]: ['a', 'b', 'a'] })).toEqual({ kind: 'multiple', choices: ['a', 'b'] })
    expect(readResponse(matching, { 'a.q3.p1': 'p2', 'a.q3.p2': 'p1' })).toEqual({ kind: 'matching', matches: { p1: 'p2', p2: 'p1' } })
    expect(readResponse(ordering, { 'a.q4.i1': '2', 'a.q4.i2': '1', 'a.q4.i3': '3' })).toEqual({ kind: 'ordering', places: { i1: 2, i2: 1, i3: 3 } })
    expect(readResponse(reflection, { 'a.q6': '  Talk to schools  ' })).toEqual({ kind: 'reflection', text: 'Talk to schools' })
  })

  it('marks an unanswered question on its field', () => {
    expect(code(() => readResponse(single, {}))).toEqual({ 'a.q1': 'training.error.choose' })
    expect(code(() => readResponse(reflection, { 'a.q6': '   ' }))).toEqual({ 'a.q6': 'training.error.write' })
    expect(code(() => readResponse(ordering, { 'a.q4.i1': '1', 'a.q4.i2': '1', 'a.q4.i3': '3' }))).toEqual({ 'a.q4': 'training.error.placeOnce' })
    expect(code(() => readResponses([single, trueFalse], {}))).toEqual({ 'a.q1': 'training.error.choose', 'a.q5': 'training.error.choose' })
  })

  it('refuses what our forms never send', () => {
    expect(code(() => readResponse(single, { 'a.q1': 'o9' }))).toBe('training.error.tampered')
    expect(code(() => readResponse(trueFalse, { 'a.q5': 'maybe' }))).toBe('training.error.tampered')
    expect(code(() => readResponse(ordering, { 'a.q4.i1': '7', 'a.q4.i2': '1', 'a.q4.i3': '3' }))).toBe('training.error.tampered')
    expect(code(() => readResponse(matching, { 'a.q3.p1': 'zz', 'a.q3.p2': 'p1' }))).toBe('training.error.tampered')
    expect(code(() => readResponses([single], { 'a.q1': 'o1', 'a.q99': 'x' }))).toBe('training.error.tampered')
    expect(code(() => readResponse(reflection, { 'a.q6': 'x'.repeat(4001) }))).toEqual({ 'a.q6': 'training.error.tooLong' })
  })
})
