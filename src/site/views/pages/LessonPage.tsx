import { pathTo } from '../../../content/content-types'
import { languageName } from '../../../content/i18n/language-name'
import { answerFieldName } from '../../../content/training/answers'
import { lessonAnswerPath, lessonFinishPath, lessonPath } from '../../../content/training/paths'
import type { LessonBlockView, LessonView } from '../../../services/training/types'
import { isSafeUrl } from '../../../shared/safe-url'
import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { ErrorSummary, GuardInputs } from '../components/Form'
import { Layout } from '../components/Layout'
import { OfflineStatus, offlineScripts } from '../components/Offline'
import { Picture } from '../components/Picture'
import { langProps, MarkedAnswer, QuestionForm } from '../components/QuestionForm'
import { RichText } from '../components/RichText'
import { SentenceWithLink } from '../components/SentenceWithLink'
import { InLanguage } from '../components/TranslatedSection'
import { href, type PageContext } from '../context'
import { formatFileSize } from '../format-file-size'
import { formatMinutes } from './ModulesPage'

type Props = {
  ctx: PageContext
  lesson: LessonView
  guard: GuardFields
  /** A random key drawn with the page and sent back with each answer, so the very same post sent twice is recorded once. */
  answerKey: string
  errors: FieldErrors
  /** The body just posted, to keep what was chosen when the form comes back with errors. */
  posted: Record<string, unknown>
  /** Where to sign in, for a visitor who is not signed in; null for a member. */
  signInHref: string | null
}

/** A transcript keeps the paragraphs it was written in. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} className="transcript__paragraph">
            {p}
          </p>
        ))}
    </>
  )
}

/** "MP4", "WebM": how a learner knows the file they would download. */
const videoFormat = (type: string) => (type === 'video/webm' ? 'WebM' : type.replace(/^video\//, '').toUpperCase())

function Block({ ctx, lesson, block, guard, answerKey, errors, posted }: Omit<Props, 'signInHref'> & { block: LessonBlockView }) {
  const { t, locale } = ctx
  switch (block.type) {
    case 'richText':
      return block.body ? (
        <div className="lesson-block lesson-block--text">
          <InLanguage ctx={ctx} lang={block.body.lang}>
            <RichText value={block.body.value} headingLevel={2} />
          </InLanguage>
        </div>
      ) : null
    case 'image':
      return block.picture ? (
        <figure className="figure lesson-block">
          <Picture picture={block.picture} />
          {block.caption ? <figcaption {...langProps(ctx, block.caption.lang)}>{block.caption.value}</figcaption> : null}
        </figure>
      ) : null
    case 'video': {
      const title = block.title ? <span {...langProps(ctx, block.title.lang)}>{block.title.value}</span> : t('training.video.untitled')
      const minutes = block.minutes ? `${formatMinutes(t, block.minutes)} · ` : ''
      const titleId = `video-${block.id}`
      return (
        <div className="lesson-block lesson-video">
          {block.file ? (
            <>
              <p className="lesson-video__title" id={titleId}>
                <span className="lesson-video__label">{t('training.video.label')}</span> {title}
              </p>
              {/* preload="none": a learner on a slow link downloads nothing until they press play. */}
              {/* biome-ignore lint/a11y/useMediaCaption: no caption file can be uploaded yet; the transcript below is the text of what is said (README, Known limits) */}
              <video className="lesson-video__player" controls preload="none" src={block.file.src} aria-labelledby={titleId} />
              <p className="hint">
                {minutes}
                {/* Also the way to watch it where the browser cannot play the format. */}
                <a href={block.file.src} type={block.file.type} download>
                  {t('training.video.download', { format: videoFormat(block.file.type), size: formatFileSize(block.file.bytes, locale) })}
                </a>
              </p>
            </>
          ) : (
            <>
              <p className="lesson-video__title">
                <span className="lesson-video__label">{t('training.video.label')}</span>{' '}
                {block.url && isSafeUrl(block.url) ? (
                  <a href={block.url} rel="noopener noreferrer">
                    {title}
                  </a>
                ) : (
                  title
                )}
              </p>
              <p className="hint">
                {minutes}
                {t('training.video.external')}
              </p>
            </>
          )}
          {block.transcript ? (
            <details className="transcript">
              <summary>{t('training.video.transcript')}</summary>
              <InLanguage ctx={ctx} lang={block.transcript.lang}>
                <Paragraphs text={block.transcript.value} />
              </InLanguage>
            </details>
          ) : null}
        </div>
      )
    }
    case 'resource':
      return block.resource ? (
        <div className="lesson-block card lesson-resource">
          <p className="card__meta">{t('training.resource.label')}</p>
          <h2 className="card__title lesson-resource__title">
            <a href={href(locale, pathTo('resource', block.resource.slug))}>{block.resource.title}</a>
          </h2>
          {block.resource.membersOnly ? (
            <p>
              <strong className="badge">{t('search.membersOnly')}</strong>
            </p>
          ) : null}
          {block.resource.summary ? <p>{block.resource.summary}</p> : null}
          {block.note ? (
            <InLanguage ctx={ctx} lang={block.note.lang}>
              <p className="lesson-resource__note">{block.note.value}</p>
            </InLanguage>
          ) : null}
        </div>
      ) : null
    case 'caseStudy': {
      const headingId = `case-${block.id}`
      return (
        <div className="lesson-block case-study">
          <p className="training-caption">{t('training.caseStudy.label')}</p>
          <h2 id={headingId} {...langProps(ctx, block.heading?.lang)}>
            {block.heading?.value ?? block.city?.name ?? t('training.caseStudy.label')}
          </h2>
          {block.body ? (
            <InLanguage ctx={ctx} lang={block.body.lang}>
              <RichText value={block.body.value} headingLevel={3} />
            </InLanguage>
          ) : null}
          {block.city ? (
            <p>
              <a href={href(locale, pathTo('city', block.city.slug))}>{t('training.caseStudy.city', { city: block.city.name })}</a>
            </p>
          ) : null}
        </div>
      )
    }
    case 'question': {
      const q = block.question
      return (
        <div className="lesson-block question-block" id={`q-${q.id}`}>
          <form method="post" action={href(locale, lessonAnswerPath(lesson.module.slug, lesson.number))} className="form question-form" noValidate>
            <GuardInputs ctx={ctx} guard={guard} />
            <input type="hidden" name="question" value={q.id} />
            <input type="hidden" name="key" value={answerKey} />
            <QuestionForm ctx={ctx} question={q} error={errors[answerFieldName(q.id)]} posted={posted.question === q.id ? posted : undefined} />
            <button type="submit" className="button button--secondary">
              {t(q.kind === 'reflection' ? 'training.question.saveReflection' : 'training.question.checkAnswer')}
            </button>
          </form>
          <MarkedAnswer ctx={ctx} question={q} />
        </div>
      )
    }
  }
}

/**
 * One lesson: its blocks in order, each knowledge check a small form of its
 * own that comes back to the same place marked, and a last form to finish
 * the lesson. Works without script; per learner, so never cached.
 */
export function LessonPage({ ctx, lesson, guard, answerKey, errors, posted, signInHref }: Props) {
  const { t, locale } = ctx
  const { module } = lesson
  const moduleHref = href(locale, pathTo('trainingModule', module.slug))
  const last = lesson.number >= module.lessonCount
  const finishLabel = !last ? 'training.lesson.finishContinue' : module.hasQuiz ? 'training.lesson.finishToQuiz' : 'training.lesson.finishModule'
  const list = new Intl.ListFormat(locale, { type: 'conjunction' })
  return (
    <Layout ctx={ctx} title={`${lesson.title.value} · ${module.title.value}`} indexable={false} scripts={offlineScripts(ctx)}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { label: t('training.modules.title'), path: '/modules' },
          { label: module.title.value, path: pathTo('trainingModule', module.slug) },
        ]}
        current={t('training.lesson.number', { number: lesson.number })}
      />
      <ErrorSummary ctx={ctx} errors={errors} />
      {lesson.fallbackLanguages.length ? (
        <div className="translation-notice" role="note">
          <p>
            {t('training.lesson.fallback', {
              language: languageName(locale, locale),
              languages: list.format(lesson.fallbackLanguages.map((l) => languageName(l, locale))),
            })}
          </p>
        </div>
      ) : null}
      <p className="training-caption">{t('training.lesson.numberOf', { number: lesson.number, count: module.lessonCount })}</p>
      <h1 {...langProps(ctx, lesson.title.lang)}>{lesson.title.value}</h1>
      {lesson.done ? (
        <p className="lesson-done">
          <span aria-hidden="true">✓ </span>
          {t('training.lesson.done')}
        </p>
      ) : null}
      <OfflineStatus ctx={ctx} />
      {signInHref ? (
        <p className="training-note">
          <SentenceWithLink sentence={t('training.lesson.keptInBrowser')} placeholder="signIn" href={signInHref} label={t('training.lesson.signIn')} />
        </p>
      ) : null}
      <div className="lesson">
        {lesson.blocks.map((block) => (
          <Block key={block.id} ctx={ctx} lesson={lesson} block={block} guard={guard} answerKey={answerKey} errors={errors} posted={posted} />
        ))}
      </div>
      <form method="post" action={href(locale, lessonFinishPath(module.slug, lesson.number))} className="form lesson-finish">
        <GuardInputs ctx={ctx} guard={guard} />
        <button type="submit" className="button">
          {t(finishLabel)}
        </button>
      </form>
      <nav className="lesson-nav" aria-label={t('training.lesson.navigation')}>
        <ul>
          {lesson.previous ? (
            <li>
              <a href={href(locale, lessonPath(module.slug, lesson.previous))} rel="prev">
                {t('training.lesson.previous', { number: lesson.previous })}
              </a>
            </li>
          ) : null}
          {lesson.next ? (
            <li>
              <a href={href(locale, lessonPath(module.slug, lesson.next))} rel="next">
                {t('training.lesson.next', { number: lesson.next })}
              </a>
            </li>
          ) : null}
          <li>
            <a href={moduleHref}>{t('training.lesson.backToModule')}</a>
          </li>
        </ul>
      </nav>
    </Layout>
  )
}
