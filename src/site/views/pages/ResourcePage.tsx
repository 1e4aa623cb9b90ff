import { languageName } from '../../../content/i18n/language-name'
import type { ResourceView } from '../../../services/resources/get-resource'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { InLanguage } from '../components/TranslatedSection'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'
import { formatFileSize } from '../format-file-size'
import { pathTo } from '../../../content/content-types'

export function ResourcePage({ ctx, resource }: { ctx: PageContext; resource: ResourceView }) {
  const { t, locale } = ctx
  const library = href(locale, '/resources')
  const tagGroups = [
    { key: 'theme', label: t('search.facet.theme'), items: resource.themes, link: (s: string) => `${library}?theme=${s}` },
    { key: 'region', label: t('search.facet.region'), items: resource.regions, link: (s: string) => href(locale, pathTo('region', s)) },
    { key: 'city', label: t('resource.cities'), items: resource.cities, link: (s: string) => href(locale, pathTo('city', s)) },
    { key: 'sector', label: t('search.facet.sector'), items: resource.sectors, link: (s: string) => `${library}?sector=${s}` },
  ].filter((g) => g.items.length)
  return (
    <Layout ctx={ctx} title={resource.title.value} description={resource.summary?.value}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('library.title'), path: '/resources' }]} current={resource.title.value} />
      <article className="resource">
        <p className="resource__type">{t(`type.${resource.type}`)}</p>
        <InLanguage ctx={ctx} lang={resource.title.lang} badge={false}>
          <h1>{resource.title.value}</h1>
        </InLanguage>
        {resource.summary ? (
          <InLanguage ctx={ctx} lang={resource.summary.lang}>
            <p className="lead">{resource.summary.value}</p>
          </InLanguage>
        ) : null}
        <dl className="resource__facts">
          <dt>{t('resource.languages')}</dt>
          <dd>{resource.documentLanguages.map((l) => languageName(l, locale)).join(', ')}</dd>
          {resource.publishedOn ? (
            <>
              <dt>{t('resource.published')}</dt>
              <dd>{formatDate(resource.publishedOn, locale)}</dd>
            </>
          ) : null}
          {resource.lastUpdated ? (
            <>
              <dt>{t('resource.updated')}</dt>
              <dd>{formatDate(resource.lastUpdated, locale)}</dd>
            </>
          ) : null}
        </dl>
        {resource.file ? (
          <p>
            <a className="button" href={resource.file.url} download>
              {t('resource.download', { size: formatFileSize(resource.file.bytes, locale) })}
            </a>
          </p>
        ) : resource.externalUrl ? (
          <p>
            <a className="button" href={resource.externalUrl} rel="noopener noreferrer">
              {t('resource.open')}
            </a>{' '}
            <span className="hint">{t('city.externalLink')}</span>
          </p>
        ) : null}
        {tagGroups.map((g) => (
          <section key={g.key} aria-labelledby={`tags-${g.key}`}>
            <h2 id={`tags-${g.key}`} className="small-heading">
              {g.label}
            </h2>
            <ul className="tag-list">
              {g.items.map((item) => (
                <li key={item.slug}>
                  <a className="tag" href={g.link(item.slug)}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {resource.related.length ? (
          <section aria-labelledby="related">
            <h2 id="related">{t('resource.related')}</h2>
            <ul>
              {resource.related.map((r) => (
                <li key={r.slug}>
                  <a href={href(locale, pathTo('resource', r.slug))}>{r.title}</a> <span className="hint">({t(`type.${r.type}`)})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </Layout>
  )
}
