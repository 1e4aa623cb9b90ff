import { pathTo } from '../../../content/content-types'
import { certificatePath, quizPath } from '../../../content/training/paths'
import type { AttemptResultView } from '../../../services/training/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { langProps, MarkedAnswer } from '../components/QuestionForm'
import { href, type PageContext } from '../context'

/**
 * A marked attempt at a final quiz: the score against the pass mark, what
 * comes next (the certificate, or another try), then every question with the
 * learner's answer and its feedback.
 */
export function QuizResultPage({ ctx, result }: { ctx: PageContext; result: AttemptResultView }) {
  const { t, locale } = ctx
  const { module, rules, attempt } = result
  const title = t('training.result.title', { number: attempt.number })
  const count = result.questions.length
  return (
    <Layout ctx={ctx} title={`${title} · ${module.title.value}`} indexable={false}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { label: t('training.modules.title'), path: '/modules' },
          { label: module.title.value, path: pathTo('trainingModule', module.slug) },
          { label: t('training.quiz.heading'), path: quizPath(module.slug) },
        ]}
        current={t('training.quiz.attemptNumber', { number: attempt.number })}
      />
      <p className="training-caption" {...langProps(ctx, module.title.lang)}>
        {module.title.value}
      </p>
      <h1>{title}</h1>
      <div className={attempt.passed ? 'training-status training-status--passed' : 'training-status training-status--failed'} role="status">
        <p className="training-status__title">
          <span aria-hidden="true">{attempt.passed ? '✓ ' : '✗ '}</span>
          {t(attempt.passed ? 'training.result.youPassed' : 'training.result.youDidNotPass')}
        </p>
        <p>{t('training.result.score', { score: attempt.score, passMark: rules.passMark })}</p>
      </div>
      {attempt.passed ? (
        result.certificate ? (
          <p>
            <a className="button" href={href(locale, certificatePath(result.certificate))}>
              {t('training.certificate.see')}
            </a>
          </p>
        ) : null
      ) : result.attemptsLeft > 0 ? (
        <p>
          {t('training.result.attemptsLeft', { count: result.attemptsLeft })}{' '}
          <a className="button button--secondary" href={href(locale, quizPath(module.slug))}>
            {t('training.result.tryAgain')}
          </a>
        </p>
      ) : (
        <p>
          {t('training.quiz.noAttemptsLeft')} <a href={href(locale, pathTo('trainingModule', module.slug))}>{t('training.lesson.backToModule')}</a>
        </p>
      )}
      <h2>{t('training.result.answers')}</h2>
      {result.questions.map((q, i) => (
        <div className="question-review" id={`q-${q.id}`} key={q.id}>
          <h3 className="question-review__heading">
            <span className="question__caption">{t('training.quiz.questionOf', { number: i + 1, count })}</span>
            {q.prompt ? <span {...langProps(ctx, q.prompt.lang)}>{q.prompt.value}</span> : null}
          </h3>
          {q.answer ? <MarkedAnswer ctx={ctx} question={q} /> : <p>{t('training.result.unanswered')}</p>}
        </div>
      ))}
    </Layout>
  )
}
