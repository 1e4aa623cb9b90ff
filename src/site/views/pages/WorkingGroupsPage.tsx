import type { WorkingGroupView } from '../../../services/programmes/list-working-groups'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'
import { pathTo } from '../../../content/content-types'

export function WorkingGroupsPage({ ctx, groups }: { ctx: PageContext; groups: WorkingGroupView[] }) {
  const { t, locale } = ctx
  return (
    <Layout ctx={ctx} title={t('groups.title')} description={t('groups.lead')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('groups.title')} />
      <h1>{t('groups.title')}</h1>
      <p className="lead">{t('groups.lead')}</p>
      {groups.length ? (
        <ul className="card-list">
          {groups.map((g) => (
            <li key={g.slug} className="card">
              <p className="card__meta">
                <span className="tag">{t(`groups.status.${g.status}`)}</span>
              </p>
              <h2 className="card__title">
                <a href={href(locale, pathTo('workingGroup', g.slug))}>{g.name}</a>
              </h2>
              {g.summary ? <p>{g.summary}</p> : null}
              <p className="card__place">{t('groups.cityCount', { count: g.cities.length })}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('groups.empty')}</p>
      )}
    </Layout>
  )
}
