import type { RegionSummary } from '../../../services/regions/list-regions'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'
import { pathTo } from '../../../content/content-types'

export function RegionsPage({ ctx, regions }: { ctx: PageContext; regions: (RegionSummary & { cityCount: number })[] }) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t('regions.title')} description={t('regions.intro')}>
      <Breadcrumbs ctx={ctx} trail={[]} current={t('regions.title')} />
      <h1>{t('regions.title')}</h1>
      <p className="lead">{t('regions.intro')}</p>
      {regions.length ? (
        <ul className="card-list">
          {regions.map((r) => (
            <li key={r.slug} className="card">
              <h2 className="card__title">
                <a href={href(ctx.locale, pathTo('region', r.slug))}>{r.name}</a>
              </h2>
              {r.summary ? <p>{r.summary}</p> : null}
              <p className="card__meta">{t('cities.count', { count: r.cityCount })}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('regions.empty')}</p>
      )}
    </Layout>
  )
}
