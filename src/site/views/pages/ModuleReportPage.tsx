import type { ReactNode } from 'react'
import { pathTo } from '../../../content/content-types'
import type { Translate } from '../../../content/i18n/translate'
import { reportCsvPath } from '../../../content/training/paths'
import type { LessonFigures, ModuleReport, QuestionFigures } from '../../../services/training/module-report'
import type { CsvCell } from '../../machine/csv'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { langProps } from '../components/QuestionForm'
import { href, type PageContext } from '../context'

type Props = { ctx: PageContext; report: ModuleReport }

const learnerRows = ['started', 'members', 'visitors', 'completed', 'passed'] as const

/** A figure that does not apply (a reflection's score, say): a dash to see, words to hear. */
function NotApplicable({ ctx }: { ctx: PageContext }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{ctx.t('training.report.notApplicable')}</span>
    </>
  )
}

/**
 * A table wide enough to scroll sideways on a phone, in a region that says
 * what it holds and takes the keyboard's focus to scroll. Its first column
 * and those in `text` hold words; the others numbers, set at the end.
 */
function ReportTable({ id, caption, head, text = [], children }: { id: string; caption: string; head: string[]; text?: string[]; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1)
    <section className="report-table-wrap" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="report-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {head.map((label, i) => (
              <th key={label} scope="col" className={i === 0 || text.includes(label) ? undefined : 'report-table__number'}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  )
}

/** "Lesson 2: Title", the title marked with its own language; each language places the title where it needs. */
function LessonLabel({ ctx, lesson }: { ctx: PageContext; lesson: LessonFigures }) {
  const [before, after = ''] = ctx.t('training.report.lessonTitle', { number: lesson.number }).split('{title}')
  return (
    <>
      {before}
      <span {...langProps(ctx, lesson.title.lang)}>{lesson.title.value}</span>
      {after}
    </>
  )
}

function QuestionRows({ ctx, questions, withLesson }: { ctx: PageContext; questions: QuestionFigures[]; withLesson: boolean }) {
  const { t, locale } = ctx
  const number = new Intl.NumberFormat(locale)
  const share = (value: number | null) => (value === null ? <NotApplicable ctx={ctx} /> : t('training.result.scoreShort', { score: value }))
  return (
    <>
      {questions.map((q) => (
        <tr key={q.id}>
          <th scope="row">
            {/* The wording kept with an answer is in whichever language the learner read: its direction is its own. */}
            <span {...(q.prompt && !q.prompt.lang ? { dir: 'auto' } : langProps(ctx, q.prompt?.lang))}>{q.prompt?.value ?? t('training.question.untitled')}</span>
            {q.removed ? <strong className="badge">{t('training.report.removed')}</strong> : null}
          </th>
          {withLesson ? (
            <td className="report-table__number">{!q.place.quiz && q.place.lesson !== null ? number.format(q.place.lesson) : t('training.report.removedLesson')}</td>
          ) : null}
          <td>{t(`training.report.kind.${q.kind}`)}</td>
          <td className="report-table__number">{number.format(q.learners)}</td>
          <td className="report-table__number">{number.format(q.answers)}</td>
          <td className="report-table__number">{share(q.averageScore)}</td>
          <td className="report-table__number">{share(q.rightFirstTime)}</td>
        </tr>
      ))}
    </>
  )
}

/**
 * Staff's report on a training module: who started, completed and passed
 * it, how far learners got through its lessons and where those who did not
 * complete it stopped, and how each question was answered. Every figure is
 * in a table with its caption and headers; the same figures download as CSV.
 */
export function ModuleReportPage({ ctx, report }: Props) {
  const { t, locale } = ctx
  const number = new Intl.NumberFormat(locale)
  const title = t('training.report.title')
  const { learners } = report
  const ofStarted = (count: number) => (learners.started ? t('training.result.scoreShort', { score: Math.round((count / learners.started) * 100) }) : <NotApplicable ctx={ctx} />)
  const notCompleted = learners.started - learners.completed
  const ofNotCompleted = (count: number) => (notCompleted ? t('training.result.scoreShort', { score: Math.round((count / notCompleted) * 100) }) : <NotApplicable ctx={ctx} />)
  const checks = report.questions.filter((q) => !q.place.quiz)
  const quiz = report.questions.filter((q) => q.place.quiz)
  const questionHead = (withLesson: boolean) =>
    [
      t('training.report.column.question'),
      withLesson ? t('training.report.column.lesson') : null,
      t('training.report.column.kind'),
      t('training.report.column.answeredBy'),
      t('training.report.column.answers'),
      t('training.report.column.averageScore'),
      t('training.report.column.rightFirstTime'),
    ].filter((label): label is string => label !== null)
  return (
    <Layout ctx={ctx} title={`${title} · ${report.title.value}`} indexable={false}>
      <Breadcrumbs
        ctx={ctx}
        trail={[
          { label: t('training.modules.title'), path: '/modules' },
          { label: report.title.value, path: pathTo('trainingModule', report.slug) },
        ]}
        current={title}
      />
      <p className="training-caption" {...langProps(ctx, report.title.lang)}>
        {report.title.value}
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('training.report.intro')}</p>
      <p>
        <a href={href(locale, reportCsvPath(report.slug))} download>
          {t('training.report.download')}
        </a>
      </p>

      <h2 id="report-learners">{t('training.report.learners.heading')}</h2>
      <ReportTable
        id="report-learners-table"
        caption={t('training.report.learners.caption')}
        head={[t('training.report.column.learners'), t('training.report.column.count'), t('training.report.column.ofStarted')]}
      >
        {learnerRows.map((row) => {
          const count = learners[row]
          if (count === null) return null
          return (
            <tr key={row}>
              <th scope="row">{t(`training.report.learners.${row}`)}</th>
              <td className="report-table__number">{number.format(count)}</td>
              <td className="report-table__number">{row === 'started' ? <NotApplicable ctx={ctx} /> : ofStarted(count)}</td>
            </tr>
          )
        })}
      </ReportTable>

      <h2 id="report-lessons">{t('training.report.lessons.heading')}</h2>
      <ReportTable
        id="report-lessons-table"
        caption={t('training.report.lessons.caption')}
        head={[t('training.report.column.lesson'), t('training.report.column.reached'), t('training.report.column.finished')]}
      >
        {report.lessons.map((lesson) => (
          <tr key={lesson.number}>
            <th scope="row">
              <LessonLabel ctx={ctx} lesson={lesson} />
            </th>
            <td className="report-table__number">{number.format(lesson.reached)}</td>
            <td className="report-table__number">{number.format(lesson.finished)}</td>
          </tr>
        ))}
      </ReportTable>

      <h2 id="report-stops">{t('training.report.stops.heading')}</h2>
      <ReportTable
        id="report-stops-table"
        caption={t('training.report.stops.caption')}
        head={[t('training.report.column.lastFinished'), t('training.report.column.count'), t('training.report.column.ofNotCompleted')]}
      >
        <tr>
          <th scope="row">{t('training.report.stops.none')}</th>
          <td className="report-table__number">{number.format(report.stoppedBeforeAnyLesson)}</td>
          <td className="report-table__number">{ofNotCompleted(report.stoppedBeforeAnyLesson)}</td>
        </tr>
        {report.lessons.map((lesson) => (
          <tr key={lesson.number}>
            <th scope="row">
              <LessonLabel ctx={ctx} lesson={lesson} />
            </th>
            <td className="report-table__number">{number.format(lesson.stoppedAfter)}</td>
            <td className="report-table__number">{ofNotCompleted(lesson.stoppedAfter)}</td>
          </tr>
        ))}
      </ReportTable>

      <h2 id="report-questions">{t('training.report.questions.heading')}</h2>
      <p>{t('training.report.questions.intro')}</p>
      {checks.length ? (
        <ReportTable id="report-checks-table" caption={t('training.report.questions.checksCaption')} head={questionHead(true)} text={[t('training.report.column.kind')]}>
          <QuestionRows ctx={ctx} questions={checks} withLesson />
        </ReportTable>
      ) : null}
      {quiz.length ? (
        <ReportTable id="report-quiz-table" caption={t('training.report.questions.quizCaption')} head={questionHead(false)} text={[t('training.report.column.kind')]}>
          <QuestionRows ctx={ctx} questions={quiz} withLesson={false} />
        </ReportTable>
      ) : null}
      {checks.length || quiz.length ? null : <p>{t('training.report.questions.none')}</p>}
    </Layout>
  )
}

/**
 * The report as one table for a spreadsheet: a row per figure of the
 * summary, per lesson and per question, each saying which it is in its
 * first column so a filter picks them apart. Numbers stay bare (percentages
 * are whole numbers) so a spreadsheet in any language reads them.
 */
export function moduleReportTable(report: ModuleReport, t: Translate): { header: string[]; rows: CsvCell[][] } {
  const columns = ['section', 'lesson', 'item', 'kind', 'removed', 'learners', 'reached', 'finished', 'stoppedAfter', 'answers', 'averageScore', 'rightFirstTime'] as const
  type Row = Partial<Record<(typeof columns)[number], CsvCell>>
  const rows: Row[] = []
  for (const row of learnerRows) {
    const count = report.learners[row]
    if (count !== null) rows.push({ section: t('training.report.section.summary'), item: t(`training.report.learners.${row}`), learners: count })
  }
  rows.push({ section: t('training.report.section.lesson'), item: t('training.report.stops.none'), stoppedAfter: report.stoppedBeforeAnyLesson })
  for (const lesson of report.lessons) {
    rows.push({
      section: t('training.report.section.lesson'),
      lesson: lesson.number,
      item: lesson.title.value,
      reached: lesson.reached,
      finished: lesson.finished,
      stoppedAfter: lesson.stoppedAfter,
    })
  }
  for (const q of report.questions) {
    rows.push({
      section: t(q.place.quiz ? 'training.report.section.quiz' : 'training.report.section.check'),
      lesson: q.place.quiz ? null : q.place.lesson,
      item: q.prompt?.value ?? t('training.question.untitled'),
      kind: t(`training.report.kind.${q.kind}`),
      removed: q.removed ? t('training.report.removed') : null,
      learners: q.learners,
      answers: q.answers,
      averageScore: q.averageScore,
      rightFirstTime: q.rightFirstTime,
    })
  }
  return {
    header: columns.map((column) => t(`training.report.csv.${column}`)),
    rows: rows.map((row) => columns.map((column) => row[column] ?? null)),
  }
}
