import type { WorkingGroupView } from '../../../services/programmes/list-working-groups'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'
import { pathTo } from '../../../content/content-types'

export function WorkingGroupPage({ ctx, group }: { ctx: PageContext; group: WorkingGroupView }) {
  const { t, locale } = ctx
  return (
    <Layout ctx={ctx} title={group.name} description={group.summary}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('groups.title'), path: '/working-groups' }]} current={group.name} />
      <h1>{group.name}</h1>
      {group.summary ? <p className="lead">{group.summary}</p> : null}
      <dl className="meta-list">
        <dt>{t('groups.statusLabel')}</dt>
        <dd>{t(`groups.status.${group.status}`)}</dd>
        {group.startedOn ? (
          <>
            <dt>{t('groups.dates')}</dt>
            <dd>{[formatDate(group.startedOn, locale), formatDate(group.endedOn, locale)].filter(Boolean).join(' – ')}</dd>
          </>
        ) : null}
        {group.chairCity ? (
          <>
            <dt>{t('groups.chair')}</dt>
            <dd>
              <a href={href(locale, pathTo('city', group.chairCity.slug))}>{group.chairCity.label}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {group.purpose ? (
        <section aria-labelledby="purpose">
          <h2 id="purpose">{t('groups.purpose')}</h2>
          <p>{group.purpose}</p>
        </section>
      ) : null}
      <section aria-labelledby="members">
        <h2 id="members">{t('groups.members')}</h2>
        {group.cities.length ? (
          <ul className="inline-list tags">
            {group.cities.map((c) => (
              <li key={c.slug}>
                <a href={href(locale, pathTo('city', c.slug))}>{c.label}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('groups.noMembers')}</p>
        )}
      </section>
      <section aria-labelledby="outputs">
        <h2 id="outputs">{t('groups.outputs')}</h2>
        {group.outputs.length ? (
          <ul>
            {group.outputs.map((r) => (
              <li key={r.slug}>
                <a href={href(locale, pathTo('resource', r.slug))}>{r.title}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('groups.noOutputs')}</p>
        )}
      </section>
    </Layout>
  )
}
