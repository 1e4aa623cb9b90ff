import type { InLanguage } from '../../../../content/i18n/pick-localized'
import { type Locale, localeDefinition } from '../../../../content/locales'
import { answerFieldName, type QuestionResponse, REFLECTION_MAX_LENGTH } from '../../../../content/training/answers'
import type { MarkedPart } from '../../../../services/training/mark-answer'
import type { QuestionView } from '../../../../services/training/types'
import type { PageContext } from '../../context'

type Posted = Record<string, unknown>

/** `lang` and `dir` for a text written in another language than the page's; nothing when it is the page's own. */
export function langProps(ctx: PageContext, lang: Locale | null | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!lang || lang === ctx.locale) return {}
  const def = localeDefinition(lang)
  return { lang: def.tag, dir: def.dir }
}

/** A text with its language marked, or a fallback in the page's language when there is none. */
function Text({ ctx, text, fallback }: { ctx: PageContext; text: InLanguage<string> | null; fallback: string }) {
  if (!text) return fallback
  const props = langProps(ctx, text.lang)
  return props.lang ? <span {...props}>{text.value}</span> : text.value
}

const one = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '')
const many = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' && value ? [value] : [])

/**
 * What to show as chosen: what was just posted when the form came back with
 * an error, or else the learner's last answer. `posted` counts only when it
 * holds something, so a page shown on a GET falls back to the saved answer.
 */
function chosenValues(question: QuestionView, posted: Posted | undefined) {
  const field = answerFieldName(question.id)
  if (posted && Object.keys(posted).length > 0) {
    return {
      values: many(posted[field]),
      row: (rowId: string) => one(posted[answerFieldName(question.id, rowId)]),
      text: one(posted[field]),
    }
  }
  const response: QuestionResponse | null = question.answer?.response.kind === question.kind ? question.answer.response : null
  const values = response?.kind === 'single' ? [response.choice] : response?.kind === 'multiple' ? response.choices : response?.kind === 'trueFalse' ? [response.value] : []
  return {
    values,
    row: (rowId: string) =>
      response?.kind === 'matching' ? (response.matches[rowId] ?? '') : response?.kind === 'ordering' && response.places[rowId] ? String(response.places[rowId]) : '',
    text: response?.kind === 'reflection' ? response.text : '',
  }
}

type Props = {
  ctx: PageContext
  question: QuestionView
  /** The message for this question, from the page's FieldErrors under answerFieldName(question.id). */
  error?: string
  /** The body just posted, to keep what was chosen when the form comes back with an error. */
  posted?: Posted
  /** A line above the prompt, such as "Question 2 of 10". */
  caption?: string
}

/**
 * One question's controls, without script: radios, checkboxes, a select per
 * row to match or to place, or a text box. Every name comes from
 * answerFieldName, which the services read back; the first control carries
 * `field-{name}`, so the error summary's link lands on it.
 */
export function QuestionForm({ ctx, question, error, posted, caption }: Props) {
  const { t } = ctx
  const name = answerFieldName(question.id)
  const chosen = chosenValues(question, posted)
  const hint =
    question.kind === 'multiple'
      ? t('training.question.hintMultiple')
      : question.kind === 'matching'
        ? t('training.question.hintMatching')
        : question.kind === 'ordering'
          ? t('training.question.hintOrdering', { count: question.rows.length })
          : question.kind === 'reflection'
            ? t('training.question.hintReflection', { max: REFLECTION_MAX_LENGTH })
            : null
  const hintId = `hint-${name}`
  const errorId = `error-${name}`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const rowText = (text: InLanguage<string> | null, index: number) => <Text ctx={ctx} text={text} fallback={t('training.question.row', { number: index + 1 })} />
  const controlId = (index: number, suffix: string) => (index === 0 ? `field-${name}` : `field-${name}-${suffix}`)

  const controls = () => {
    switch (question.kind) {
      case 'single':
      case 'multiple':
      case 'trueFalse': {
        const options =
          question.kind === 'trueFalse'
            ? [
                { value: 'true', label: <>{t('training.question.true')}</> },
                { value: 'false', label: <>{t('training.question.false')}</> },
              ]
            : question.rows.map((row, i) => ({ value: row.id, label: rowText(row.text, i) }))
        return (
          <div className="question__choices">
            {options.map((o, i) => (
              <div className="choice" key={o.value}>
                <input
                  type={question.kind === 'multiple' ? 'checkbox' : 'radio'}
                  id={controlId(i, o.value)}
                  name={name}
                  value={o.value}
                  defaultChecked={chosen.values.includes(o.value)}
                />
                <label htmlFor={controlId(i, o.value)}>{o.label}</label>
              </div>
            ))}
          </div>
        )
      }
      case 'matching':
      case 'ordering': {
        const places = question.rows.map((_, i) => String(i + 1))
        return (
          <div className="question__rows">
            {question.rows.map((row, i) => {
              const id = controlId(i, row.id)
              return (
                <div className="question__row" key={row.id}>
                  <label htmlFor={id}>{rowText(row.text, i)}</label>
                  <select id={id} name={answerFieldName(question.id, row.id)} defaultValue={chosen.row(row.id)} aria-invalid={error ? true : undefined}>
                    <option value="">{t(question.kind === 'matching' ? 'training.question.chooseMatch' : 'training.question.choosePlace')}</option>
                    {question.kind === 'matching'
                      ? question.choices.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.text}
                          </option>
                        ))
                      : places.map((p) => (
                          <option key={p} value={p}>
                            {t('training.question.place', { place: Number(p) })}
                          </option>
                        ))}
                  </select>
                </div>
              )
            })}
          </div>
        )
      }
      case 'reflection':
        return (
          <>
            <label htmlFor={`field-${name}`} className="question__label">
              {t('training.question.yourReflection')}
            </label>
            <textarea
              id={`field-${name}`}
              name={name}
              // A reflection may be written in any language: the browser follows what is typed.
              dir="auto"
              defaultValue={chosen.text}
              maxLength={REFLECTION_MAX_LENGTH}
              rows={8}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
            />
          </>
        )
    }
  }

  return (
    <fieldset className={error ? 'question form-group form-group--error' : 'question form-group'} aria-describedby={question.kind === 'reflection' ? undefined : describedBy}>
      <legend className="question__legend">
        {caption ? <span className="question__caption">{caption}</span> : null}
        <Text ctx={ctx} text={question.prompt} fallback={t('training.question.untitled')} />
      </legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">{t('training.question.errorPrefix')}</span> {error}
        </p>
      ) : null}
      {controls()}
    </fieldset>
  )
}

/** The language of a marked part's text, found among the question's rows (or its prompt), so it can be marked when it is not the page's. */
function partLang(question: QuestionView, text: string): Locale | undefined {
  const texts = [question.prompt, ...question.rows.map((r) => r.text)]
  return texts.find((x) => x?.value === text)?.lang
}

function Mark({ ctx, right }: { ctx: PageContext; right: boolean }) {
  return (
    <span className={right ? 'marked__mark marked__mark--right' : 'marked__mark marked__mark--wrong'}>
      <span aria-hidden="true">{right ? '✓' : '✗'}</span> {ctx.t(right ? 'training.marked.right' : 'training.marked.wrong')}
    </span>
  )
}

/** What one part of an answer was, and what it should have been, in words. */
function partLine(ctx: PageContext, kind: QuestionView['kind'], part: MarkedPart): string {
  const trueFalse = (value: boolean | string) =>
    value === 'true' ? ctx.t('training.question.true') : value === 'false' ? ctx.t('training.question.false') : ctx.t('training.marked.nothing')
  const value = (v: boolean | string) => (typeof v === 'string' && v ? v : ctx.t('training.marked.nothing'))
  switch (kind) {
    case 'single':
    case 'multiple':
      return ctx.t(part.chosen ? (part.expected ? 'training.marked.chosenRight' : 'training.marked.chosenWrong') : 'training.marked.missed')
    case 'trueFalse':
      return part.right
        ? ctx.t('training.marked.yourAnswer', { answer: trueFalse(part.chosen) })
        : ctx.t('training.marked.yourAnswerRight', { answer: trueFalse(part.chosen), right: trueFalse(part.expected) })
    case 'matching':
      return part.right
        ? ctx.t('training.marked.yourMatch', { answer: value(part.chosen) })
        : ctx.t('training.marked.yourMatchRight', { answer: value(part.chosen), right: value(part.expected) })
    case 'ordering':
      return part.right
        ? ctx.t('training.marked.yourPlace', { answer: value(part.chosen) })
        : ctx.t('training.marked.yourPlaceRight', { answer: value(part.chosen), right: value(part.expected) })
    case 'reflection':
      return ''
  }
}

/**
 * A marked answer: the verdict, then each part with what the learner chose,
 * what was right, and the feedback. Right and wrong are said in words, not
 * only shown in colour. A reflection is never marked: it shows what the
 * learner wrote, as text, with the guidance.
 */
export function MarkedAnswer({ ctx, question }: { ctx: PageContext; question: QuestionView }) {
  const answer = question.answer
  if (!answer) return null
  const { marking } = answer
  if (marking.score === null) {
    const part = marking.parts[0]
    return (
      <div className="marked marked--reflection">
        <p className="marked__verdict" role="status">
          {ctx.t('training.marked.reflectionSaved')}
        </p>
        <p className="marked__heading">{ctx.t('training.question.yourReflection')}</p>
        <p className="marked__reflection" dir="auto">
          {part?.text ?? ''}
        </p>
        {part?.feedback ? (
          <>
            <p className="marked__heading">{ctx.t('training.marked.guidance')}</p>
            <p className="marked__feedback" dir="auto">
              {part.feedback}
            </p>
          </>
        ) : null}
      </div>
    )
  }
  const rightParts = marking.parts.filter((p) => p.right).length
  const verdict =
    marking.score >= 1
      ? ctx.t('training.marked.correct')
      : marking.score > 0
        ? ctx.t('training.marked.partly', { right: rightParts, total: marking.parts.length })
        : ctx.t('training.marked.notQuite')
  const state = marking.score >= 1 ? 'right' : marking.score > 0 ? 'partly' : 'wrong'
  // Options nobody chose and nobody should have say nothing worth reading.
  const parts = question.kind === 'single' || question.kind === 'multiple' ? marking.parts.filter((p) => p.chosen || p.expected) : marking.parts
  return (
    <div className={`marked marked--${state}`}>
      <p className="marked__verdict" role="status">
        <span aria-hidden="true">{state === 'right' ? '✓ ' : state === 'wrong' ? '✗ ' : ''}</span>
        {verdict}
      </p>
      <ul className="marked__parts">
        {parts.map((part, i) => {
          const showText = question.kind !== 'trueFalse'
          return (
            <li key={i} className={part.right ? 'marked__part marked__part--right' : 'marked__part marked__part--wrong'}>
              <Mark ctx={ctx} right={part.right} />
              {showText ? (
                <>
                  {' '}
                  <span className="marked__text" {...langProps(ctx, partLang(question, part.text))}>
                    {part.text}
                  </span>
                </>
              ) : null}
              <span className="marked__line">{partLine(ctx, question.kind, part)}</span>
              {part.feedback ? (
                <span className="marked__feedback" dir="auto">
                  {part.feedback}
                </span>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
