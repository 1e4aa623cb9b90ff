import type { CommitteeSeat } from '../../../services/programmes/list-committee'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { Portrait } from '../components/Portrait'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'
import { pathTo } from '../../../content/content-types'

export function SteeringCommitteePage({ ctx, seats }: { ctx: PageContext; seats: CommitteeSeat[] }) {
  const { t, locale } = ctx
  const term = (s: CommitteeSeat) => [formatDate(s.termStart, locale), formatDate(s.termEnd, locale)].filter(Boolean).join(' – ')
  const group = (list: CommitteeSeat[], id: string, heading: string) =>
    list.length ? (
      <section aria-labelledby={id}>
        <h2 id={id}>{heading}</h2>
        <ul className="people-grid">
          {list.map((s) => (
            <li key={s.city.slug} className="person">
              {s.representative ? <Portrait name={s.representative.name} photo={s.representative.photo} /> : null}
              <p className="person__name">
                <a href={href(locale, pathTo('city', s.city.slug))}>{s.city.name}</a>
                {s.city.country ? `, ${s.city.country}` : ''}
              </p>
              {s.representative ? (
                <p className="person__role">
                  {s.representative.name}
                  {s.representative.role ? ` · ${s.representative.role}` : ''}
                </p>
              ) : null}
              {term(s) ? <p className="person__note">{t('committee.term', { term: term(s) })}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    ) : null
  return (
    <Layout ctx={ctx} title={t('committee.title')} description={t('committee.lead')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('committee.title')} />
      <h1>{t('committee.title')}</h1>
      <p className="lead">{t('committee.lead')}</p>
      {seats.length ? null : <p className="empty-state">{t('committee.empty')}</p>}
      {group(
        seats.filter((s) => s.current),
        'current',
        t('committee.current'),
      )}
      {group(
        seats.filter((s) => !s.current),
        'former',
        t('committee.former'),
      )}
    </Layout>
  )
}
