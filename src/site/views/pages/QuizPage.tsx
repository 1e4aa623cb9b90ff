import { pathTo } from '../../../content/content-types'
import { answerFieldName } from '../../../content/training/answers'
import { attemptPath, certificatePath, quizStartPath } from '../../../content/training/paths'
import type { AttemptSummary, QuizView } from '../../../services/training/types'
import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { ErrorSummary, GuardInputs } from '../components/Form'
import { Layout } from '../components/Layout'
import { langProps, QuestionForm } from '../components/QuestionForm'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'
import { QuizRulesList } from './ModulePage'

type Props = {
  ctx: PageContext
  quiz: QuizView
  guard: GuardFields
  errors: FieldErrors
  /** The answers just posted, kept when the attempt comes back with errors. */
  posted: Record<string, unknown>
  /** Where to sign in, for a visitor who is not signed in: the quiz leads to a certificate in a member's name. */
  signInHref: string | null
}

/** The learner's finished attempts, each with its score and whether it passed. */
export function AttemptList({ ctx, attempts }: { ctx: PageContext; attempts: AttemptSummary[] }) {
  const { t, locale } = ctx
  if (!attempts.length) return null
  return (
    <>
      <h2 id="attempts-heading">{t('training.quiz.attempts')}</h2>
      <ul className="attempt-list" aria-labelledby="attempts-heading">
        {attempts.map((a) => (
          <li key={a.number} className={a.passed ? 'attempt-list__item attempt-list__item--passed' : 'attempt-list__item'}>
            <strong>{t('training.quiz.attemptNumber', { number: a.number })}</strong>
            {' · '}
            {t('training.result.scoreShort', { score: a.score })}
            {' · '}
            <span className="attempt-list__verdict">
              <span aria-hidden="true">{a.passed ? '✓ ' : '✗ '}</span>
              {t(a.passed ? 'training.result.passed' : 'training.result.notPassed')}
            </span>
            {a.submittedAt ? (
              <>
                {' · '}
                <time dateTime={a.submittedAt}>{formatDate(a.submittedAt, locale)}</time>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}

/**
 * A module's final quiz: its rules, then, for a member, the attempt they
 * have open (every question in one plain form), the button to start one, or
 * their certificate once they passed. Per learner and never cached.
 */
export function QuizPage({ ctx, quiz, guard, errors, posted, signInHref }: Props) {
  const { t, locale } = ctx
  const { module, rules, open } = quiz
  const moduleHref = href(locale, pathTo('trainingModule', module.slug))
  const title = t('training.quiz.heading')
  const attemptsLeft = Math.max(0, rules.maxAttempts - quiz.attempts.length)
  const next = quiz.attempts.length + 1

  const body = () => {
    if (signInHref) {
      return (
        <div className="training-note">
          <p>{t('training.quiz.signInNeeded')}</p>
          <p>
            <a className="button" href={signInHref}>
              {t('training.quiz.signIn')}
            </a>
          </p>
          <p>
            <a href={href(locale, '/account/register')}>{t('account.registerLink')}</a>
          </p>
        </div>
      )
    }
    if (quiz.passed) {
      return (
        <>
          <div className="training-status training-status--passed" role="status">
            <p className="training-status__title">
              <span aria-hidden="true">✓ </span>
              {t('training.quiz.passed')}
            </p>
            {quiz.certificate ? (
              <p>
                <a href={href(locale, certificatePath(quiz.certificate))}>{t('training.certificate.see')}</a>
              </p>
            ) : null}
          </div>
          <AttemptList ctx={ctx} attempts={quiz.attempts} />
        </>
      )
    }
    if (open) {
      const count = open.questions.length
      return (
        <>
          <form method="post" action={href(locale, attemptPath(module.slug, open.number))} className="form quiz-form" noValidate>
            <GuardInputs ctx={ctx} guard={guard} />
            <h2>{t('training.quiz.attemptOf', { number: open.number, max: rules.maxAttempts })}</h2>
            <p>{t('training.quiz.answerAll')}</p>
            {open.questions.map((q, i) => (
              <div className="question-block" id={`q-${q.id}`} key={q.id}>
                <QuestionForm ctx={ctx} question={q} error={errors[answerFieldName(q.id)]} posted={posted} caption={t('training.quiz.questionOf', { number: i + 1, count })} />
              </div>
            ))}
            <button type="submit" className="button">
              {t('training.quiz.submit')}
            </button>
          </form>
          <AttemptList ctx={ctx} attempts={quiz.attempts} />
        </>
      )
    }
    return (
      <>
        {attemptsLeft > 0 ? (
          <>
            {quiz.lessonsLeft > 0 ? (
              <p className="training-note">
                {t('training.quiz.lessonsLeft', { count: quiz.lessonsLeft })} <a href={moduleHref}>{t('training.lesson.backToModule')}</a>
              </p>
            ) : null}
            <form method="post" action={href(locale, quizStartPath(module.slug))} className="form">
              <GuardInputs ctx={ctx} guard={guard} />
              <button type="submit" className="button">
                {t('training.quiz.start', { number: next, max: rules.maxAttempts })}
              </button>
            </form>
          </>
        ) : (
          <div className="training-status training-status--failed" role="status">
            <p className="training-status__title">{t('training.quiz.noAttemptsLeft')}</p>
            <p>
              <a href={moduleHref}>{t('training.lesson.backToModule')}</a>
            </p>
          </div>
        )}
        <AttemptList ctx={ctx} attempts={quiz.attempts} />
      </>
    )
  }

  return (
    <Layout ctx={ctx} title={`${title} · ${module.title.value}`} indexable={false}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { label: t('training.modules.title'), path: '/modules' },
          { label: module.title.value, path: pathTo('trainingModule', module.slug) },
        ]}
        current={title}
      />
      <ErrorSummary ctx={ctx} errors={errors} />
      <p className="training-caption" {...langProps(ctx, module.title.lang)}>
        {module.title.value}
      </p>
      <h1>{title}</h1>
      <QuizRulesList ctx={ctx} rules={rules} />
      {body()}
    </Layout>
  )
}
