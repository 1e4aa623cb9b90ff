import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MarkedAnswer, QuestionForm } from '.'
import { answerFieldName, REFLECTION_MAX_LENGTH } from '../../../../content/training/answers'
import type { QuestionView } from '../../../../services/training/types'
import { exampleContext } from '../../examples'

const en = (value: string) => ({ value, lang: 'en' as const })

function question(kind: QuestionView['kind'], extra: Partial<QuestionView> = {}): QuestionView {
  const rows =
    kind === 'single' || kind === 'multiple' || kind === 'matching' || kind === 'ordering'
      ? [
          { id: 'r1', text: en('The mayor’s office') },
          { id: 'r2', text: en('A national ministry') },
          { id: 'r3', text: en('Schools') },
        ]
      : []
  const choices = kind === 'matching' ? rows.map((r) => ({ id: r.id, text: `Match for ${r.id}` })) : []
  return { id: 'q1', kind, prompt: en('Who convenes the table?'), rows, choices, answer: null, ...extra }
}

const render = (q: QuestionView, props: { posted?: Record<string, unknown>; error?: string } = {}, locale: 'en' | 'ar' = 'en') =>
  renderToStaticMarkup(<QuestionForm ctx={exampleContext(locale)} question={q} {...props} />)

const name = answerFieldName('q1')
const isChecked = (html: string, value: string) => new RegExp(`<input[^>]*(checked=""[^>]*value="${value}"|value="${value}"[^>]*checked="")`).test(html)

describe('QuestionForm', () => {
  it('gives each kind of question its own controls, named as the services read them', () => {
    const single = render(question('single'))
    expect(single).toMatch(/<fieldset[^>]*><legend[^>]*>Who convenes the table\?<\/legend>/)
    expect(single.match(/type="radio"/g)).toHaveLength(3)
    expect(single).toContain(`<input type="radio" id="field-${name}" name="${name}" value="r1"/>`)
    expect(single).toContain(`<label for="field-${name}-r2">A national ministry</label>`)

    const multiple = render(question('multiple'))
    expect(multiple.match(new RegExp(`type="checkbox"[^>]*name="${name}"`, 'g'))).toHaveLength(3)

    const trueFalse = render(question('trueFalse'))
    expect(trueFalse).toContain(`<input type="radio" id="field-${name}" name="${name}" value="true"/><label for="field-${name}">True</label>`)
    expect(trueFalse).toContain(`name="${name}" value="false"/><label for="field-${name}-false">False</label>`)

    const matching = render(question('matching'))
    expect(matching.match(/<select/g)).toHaveLength(3)
    expect(matching).toContain(`<select id="field-${name}" name="${answerFieldName('q1', 'r1')}">`)
    expect(matching).toContain(`<select id="field-${name}-r2" name="${answerFieldName('q1', 'r2')}">`)
    expect(matching).toContain('<option value="r3">Match for r3</option>')

    const ordering = render(question('ordering'))
    expect(ordering).toContain(`name="${answerFieldName('q1', 'r3')}"`)
    expect(ordering).toContain('<option value="3">Place 3</option>')
    expect(ordering).not.toContain('<option value="4">')

    const reflection = render(question('reflection'))
    expect(reflection).toMatch(new RegExp(`<textarea id="field-${name}" name="${name}"[^>]* maxLength="${REFLECTION_MAX_LENGTH}"`))
    expect(reflection).toContain(`<label for="field-${name}" class="question__label">Your reflection</label>`)
  })

  it('keeps what was just posted, over the answer saved before', () => {
    const saved = { response: { kind: 'single' as const, choice: 'r1' }, marking: { score: 1, parts: [] } }
    expect(isChecked(render(question('single', { answer: saved })), 'r1')).toBe(true)
    const posted = render(question('single', { answer: saved }), { posted: { question: 'q1', [name]: 'r3' } })
    expect(isChecked(posted, 'r3')).toBe(true)
    expect(isChecked(posted, 'r1')).toBe(false)

    const multiple = render(question('multiple'), { posted: { [name]: ['r1', 'r3'] } })
    expect(multiple.match(/checked=""/g)).toHaveLength(2)
    const matching = render(question('matching'), { posted: { [answerFieldName('q1', 'r2')]: 'r3' } })
    expect(matching).toMatch(/name="a\.q1\.r2">.*?<option value="r3" selected="">/)
    const ordering = render(question('ordering'), { posted: { [answerFieldName('q1', 'r1')]: '2' } })
    expect(ordering).toMatch(/name="a\.q1\.r1">.*?<option value="2" selected="">/)
    const reflection = render(question('reflection'), { posted: { [name]: 'Talk to the schools' } })
    expect(reflection).toMatch(/<textarea[^>]*>Talk to the schools<\/textarea>/)
  })

  it('marks the question in error the GOV.UK way', () => {
    const html = render(question('single'), { error: 'Choose an answer' })
    expect(html).toContain('class="question form-group form-group--error"')
    expect(html).toContain(`aria-describedby="error-${name}"`)
    expect(html).toContain(`<p class="error-message" id="error-${name}"><span class="visually-hidden">Error:</span> Choose an answer</p>`)
  })

  it('marks texts written in another language than the page’s', () => {
    const html = render(question('single'), {}, 'ar')
    expect(html).toContain('<legend class="question__legend"><span lang="en" dir="ltr">Who convenes the table?</span></legend>')
    expect(html).toContain('<span lang="en" dir="ltr">Schools</span>')
    expect(render(question('single'), {}, 'en')).not.toContain('lang="en"')
  })
})

describe('MarkedAnswer', () => {
  it('shows a reflection as text, never as markup, with the guidance', () => {
    const script = '<script>alert("x")</script> Talk to the schools first.'
    const q = question('reflection', {
      answer: {
        response: { kind: 'reflection', text: script },
        marking: { score: null, parts: [{ text: script, chosen: true, expected: true, right: true, feedback: 'Think of who refers.' }] },
      },
    })
    const html = renderToStaticMarkup(<MarkedAnswer ctx={exampleContext('en')} question={q} />)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Talk to the schools first.')
    expect(html).not.toContain('<script>')
    expect(html).toContain('Your reflection')
    expect(html).toContain('Think of who refers.')
    expect(html).toContain('role="status"')
  })

  it('says how much was right in words, part by part', () => {
    const parts = [
      { text: 'The mayor’s office', chosen: 'Match for r1', expected: 'Match for r1', right: true, feedback: 'It convenes.' },
      { text: 'A national ministry', chosen: 'Match for r3', expected: 'Match for r2', right: false, feedback: '' },
      { text: 'Schools', chosen: 'Match for r2', expected: 'Match for r3', right: false, feedback: '' },
    ]
    const q = question('matching', { answer: { response: { kind: 'matching', matches: { r1: 'r1', r2: 'r3', r3: 'r2' } }, marking: { score: 1 / 3, parts } } })
    const html = renderToStaticMarkup(<MarkedAnswer ctx={exampleContext('en')} question={q} />)
    expect(html).toMatch(/<p class="marked__verdict" role="status">.*Partly correct \(1 of 3\)<\/p>/)
    expect(html).toContain('✓</span> Right')
    expect(html).toContain('✗</span> Not right')
    expect(html).toContain('Your match: Match for r3. The right match: Match for r2.')
    expect(html).toContain('It convenes.')

    const ar = renderToStaticMarkup(<MarkedAnswer ctx={exampleContext('ar')} question={q} />)
    expect(ar).toContain('<span class="marked__text" lang="en" dir="ltr">Schools</span>')

    const wrong = question('single', {
      answer: {
        response: { kind: 'single', choice: 'r2' },
        marking: {
          score: 0,
          parts: [
            { text: 'The mayor’s office', chosen: false, expected: true, right: false, feedback: 'Right: the city convenes it.' },
            { text: 'A national ministry', chosen: true, expected: false, right: false, feedback: 'No: the network is local.' },
            { text: 'Schools', chosen: false, expected: false, right: true, feedback: '' },
          ],
        },
      },
    })
    const single = renderToStaticMarkup(<MarkedAnswer ctx={exampleContext('en')} question={wrong} />)
    expect(single).toContain('Not quite')
    expect(single).toContain('You chose this, but it is not right.')
    expect(single).toContain('You did not choose this, but it is right.')
    expect(single).not.toContain('>Schools<')
  })
})
