import { pathTo } from '../../../content/content-types'
import { certificatePath, lessonPath, quizPath } from '../../../content/training/paths'
import type { ModuleView } from '../../../services/training/types'
import { returnQuery } from '../../forms/return-path'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { OfflineSave, OfflineStatus, offlineScripts } from '../components/Offline'
import { langProps } from '../components/QuestionForm'
import { SentenceWithLink } from '../components/SentenceWithLink'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'
import { formatMinutes, languageList, levelLabel } from './ModulesPage'

/** Where "Continue" leads: the next lesson to read, or the quiz once every lesson is done. */
function resumePath(module: ModuleView): { path: string; toQuiz: boolean } {
  const progress = module.progress
  if (progress?.resume) return { path: lessonPath(module.slug, progress.resume), toQuiz: false }
  if (progress && module.quiz && !progress.completed) return { path: quizPath(module.slug), toQuiz: true }
  return { path: lessonPath(module.slug, 1), toQuiz: false }
}

/**
 * A module's page: what it covers, its lessons in order, the final quiz's
 * rules, and where the learner stands: start, continue, or the certificate
 * once they completed it. With `preview`, staff see a draft from /admin; the
 * page says so, and its lesson links keep the preview.
 */
export function ModulePage({ ctx, module, preview = false }: { ctx: PageContext; module: ModuleView; preview?: boolean }) {
  const { t, locale } = ctx
  const here = pathTo('trainingModule', module.slug)
  const { progress, quiz } = module
  const count = module.lessons.length || module.lessonCount
  const resume = resumePath(module)
  const number = new Intl.NumberFormat(locale)
  return (
    <Layout ctx={ctx} title={module.title.value} description={module.summary?.value} scripts={offlineScripts(ctx)}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('training.modules.title'), path: '/modules' }]} current={module.title.value} />
      {preview ? (
        <p className="training-note" role="status">
          {t('training.preview.notice')}
        </p>
      ) : null}
      <p className="training-caption">{t('training.module.caption')}</p>
      <h1 {...langProps(ctx, module.title.lang)}>{module.title.value}</h1>
      {module.membersOnly ? (
        <p>
          <strong className="badge">{t('search.membersOnly')}</strong>
        </p>
      ) : null}
      {module.summary ? (
        <p className="lead" {...langProps(ctx, module.summary.lang)}>
          {module.summary.value}
        </p>
      ) : null}
      <dl className="meta-list module-facts">
        <dt>{t('training.facts.level')}</dt>
        <dd>{levelLabel(t, module.level)}</dd>
        <dt>{t('training.facts.time')}</dt>
        <dd>{formatMinutes(t, module.minutes)}</dd>
        <dt>{t('training.facts.lessons')}</dt>
        <dd>{number.format(count)}</dd>
        {module.languages.length ? (
          <>
            <dt>{t('training.facts.languages')}</dt>
            <dd>{languageList(module.languages, locale)}</dd>
          </>
        ) : null}
        {module.themes.length ? (
          <>
            <dt>{t('training.facts.themes')}</dt>
            <dd>
              <ul className="tag-list">
                {module.themes.map((theme) => (
                  <li key={theme.slug}>
                    <a className="tag" href={`${href(locale, '/modules')}?theme=${encodeURIComponent(theme.slug)}`}>
                      {theme.label}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      <section className="module-progress" aria-labelledby="module-progress-heading">
        <h2 id="module-progress-heading" className="visually-hidden">
          {t('training.progress.heading')}
        </h2>
        {progress ? (
          <>
            <p id="module-progress-label" className="module-progress__count">
              {t('training.progress.done', { done: progress.done, count })}
            </p>
            <progress className="module-progress__bar" value={Math.min(progress.done, count)} max={Math.max(count, 1)} aria-labelledby="module-progress-label" />
            {progress.completed ? (
              <div className="training-status training-status--passed" role="status">
                <p className="training-status__title">
                  <span aria-hidden="true">✓ </span>
                  {progress.completedAt ? t('training.progress.completedOn', { date: formatDate(progress.completedAt, locale) ?? '' }) : t('training.progress.completed')}
                </p>
                {progress.score !== null ? <p>{t('training.progress.score', { score: progress.score })}</p> : null}
                {progress.certificate ? (
                  <p>
                    <a href={href(locale, certificatePath(progress.certificate))}>{t('training.certificate.see')}</a>
                  </p>
                ) : null}
              </div>
            ) : (
              <p>
                <a className="button" href={href(locale, resume.path)}>
                  {t(resume.toQuiz ? 'training.module.toQuiz' : 'training.module.continue')}
                </a>
              </p>
            )}
          </>
        ) : (
          <>
            <p>
              <a className="button" href={href(locale, lessonPath(module.slug, 1))}>
                {t('training.module.start')}
              </a>
            </p>
            {ctx.member ? null : (
              <p className="hint">
                <SentenceWithLink
                  sentence={t('training.module.anonymous')}
                  placeholder="signIn"
                  href={`${href(locale, '/account/sign-in')}${returnQuery(href(locale, here))}`}
                  label={t('training.module.signIn')}
                />
              </p>
            )}
          </>
        )}
      </section>
      <OfflineSave ctx={ctx} slug={module.slug} />
      <OfflineStatus ctx={ctx} />

      <h2 id="lessons-heading">{t('training.module.lessons')}</h2>
      <ol className="lesson-list" aria-labelledby="lessons-heading">
        {module.lessons.map((lesson) => (
          <li key={lesson.number} className={lesson.done ? 'lesson-list__item lesson-list__item--done' : 'lesson-list__item'}>
            <a href={`${href(locale, lessonPath(module.slug, lesson.number))}${preview ? '?preview=true' : ''}`} {...langProps(ctx, lesson.title.lang)}>
              {lesson.title.value}
            </a>
            {lesson.done ? (
              <span className="lesson-list__done">
                <span aria-hidden="true">✓ </span>
                {t('training.lesson.doneShort')}
              </span>
            ) : null}
          </li>
        ))}
      </ol>

      {quiz ? (
        <section aria-labelledby="quiz-heading">
          <h2 id="quiz-heading">{t('training.quiz.heading')}</h2>
          <QuizRulesList ctx={ctx} rules={quiz} />
          <p>
            <a href={href(locale, quizPath(module.slug))}>{t('training.quiz.goTo')}</a>
          </p>
        </section>
      ) : null}
    </Layout>
  )
}

/** The rules of a final quiz: how many questions, the pass mark, and how many tries. */
export function QuizRulesList({ ctx, rules }: { ctx: PageContext; rules: { questions: number; passMark: number; maxAttempts: number } }) {
  const { t } = ctx
  return (
    <ul className="quiz-rules">
      <li>{t('training.quiz.ruleQuestions', { count: rules.questions })}</li>
      <li>{t('training.quiz.rulePassMark', { passMark: rules.passMark })}</li>
      <li>{t('training.quiz.ruleAttempts', { count: rules.maxAttempts })}</li>
    </ul>
  )
}
