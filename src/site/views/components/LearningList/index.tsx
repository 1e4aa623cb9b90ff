import { pathTo } from '../../../../content/content-types'
import { certificatePath, lessonPath } from '../../../../content/training/paths'
import type { LearningView } from '../../../../services/training/types'
import { href, type PageContext } from '../../context'
import { formatDate } from '../../format-date'

/**
 * A member's training on their account page: the modules they are taking,
 * each with how far they got and a link to carry on, and those they
 * completed, with the score and the certificate.
 */
export function LearningList({ ctx, learning }: { ctx: PageContext; learning: LearningView }) {
  const { t, locale } = ctx
  const byRecent = [...learning.modules].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const inProgress = byRecent.filter((m) => !m.completedAt)
  const completed = byRecent.filter((m) => m.completedAt)
  const moduleHref = (slug: string) => href(locale, pathTo('trainingModule', slug))
  return (
    <section className="learning" aria-labelledby="learning-heading">
      <h2 id="learning-heading">{t('training.account.heading')}</h2>
      {!learning.modules.length ? (
        <p>
          {t('training.account.none')} <a href={href(locale, '/modules')}>{t('training.account.browse')}</a>
        </p>
      ) : null}
      {inProgress.length ? (
        <>
          <h3 id="learning-in-progress">{t('training.account.inProgress')}</h3>
          <ul className="learning-list" aria-labelledby="learning-in-progress">
            {inProgress.map((m) => (
              <li key={m.slug} className="learning-list__item">
                <a href={moduleHref(m.slug)}>{m.title}</a>
                {' · '}
                {t('training.progress.done', { done: m.done, count: m.lessonCount })}
                {' · '}
                {/* Once every lesson is read, the module's page leads on to the quiz. */}
                <a href={m.resume ? href(locale, lessonPath(m.slug, m.resume)) : moduleHref(m.slug)}>
                  {t('training.account.continue')}
                  <span className="visually-hidden">: {m.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {completed.length ? (
        <>
          <h3 id="learning-completed">{t('training.account.completed')}</h3>
          <ul className="learning-list" aria-labelledby="learning-completed">
            {completed.map((m) => (
              <li key={m.slug} className="learning-list__item">
                <a href={moduleHref(m.slug)}>{m.title}</a>
                {' · '}
                {t('training.progress.completedOn', { date: formatDate(m.completedAt, locale) ?? '' })}
                {m.score !== null ? (
                  <>
                    {' · '}
                    {t('training.progress.score', { score: m.score })}
                  </>
                ) : null}
                {m.certificate ? (
                  <>
                    {' · '}
                    <a href={href(locale, certificatePath(m.certificate))}>
                      {t('training.account.certificate')}
                      <span className="visually-hidden">: {m.title}</span>
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
