import { contentTypes } from '../../../content/content-types'
import type { ArticleSummary, NewsFilter } from '../../../services/news/list-news'
import type { Term } from '../../../services/cities/types'
import { newsTypes } from '../../../services/news/news-types'
import { ArticleList } from '../components/ArticleList'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { ListFilters } from '../components/ListFilters'
import { Pagination } from '../components/Pagination'
import { href, type PageContext } from '../context'

type Props = { ctx: PageContext; articles: ArticleSummary[]; filter: NewsFilter; page: number; totalPages: number; total: number; themes: Term[]; regions: Term[] }

function pageHref(base: string, filter: NewsFilter, page: number): string {
  const q = new URLSearchParams()
  for (const key of ['type', 'theme', 'region'] as const) if (filter[key]) q.set(key, String(filter[key]))
  if (page > 1) q.set('page', String(page))
  const s = q.toString()
  return s ? `${base}?${s}` : base
}

export function NewsListPage({ ctx, articles, filter, page, totalPages, total, themes, regions }: Props) {
  const { t, locale } = ctx
  const base = href(locale, '/news')
  return (
    <Layout
      ctx={ctx}
      title={t('news.title')}
      description={t('news.lead')}
      feeds={[
        { title: t('feeds.news'), href: href(locale, contentTypes.newsArticle.feeds.rss), type: 'application/rss+xml' },
        { title: t('feeds.news'), href: href(locale, contentTypes.newsArticle.feeds.atom), type: 'application/atom+xml' },
      ]}
    >
      <Breadcrumbs ctx={ctx} trail={[]} current={t('news.title')} />
      <h1>{t('news.title')}</h1>
      <p className="lead">{t('news.lead')}</p>
      <ListFilters
        ctx={ctx}
        action={base}
        selects={[
          { name: 'type', label: t('news.filter.type'), value: filter.type, options: newsTypes.map((v) => ({ value: v, label: t(`news.type.${v}`) })) },
          { name: 'theme', label: t('cities.filter.theme'), value: filter.theme, options: themes.map((x) => ({ value: x.slug, label: x.label })) },
          { name: 'region', label: t('cities.filter.region'), value: filter.region, options: regions.map((x) => ({ value: x.slug, label: x.label })) },
        ]}
      />
      <p className="result-count" role="status">
        {t('news.count', { count: total })}
      </p>
      {articles.length ? <ArticleList ctx={ctx} articles={articles} /> : <p className="empty-state">{t('news.empty')}</p>}
      <Pagination ctx={ctx} page={page} pages={totalPages} hrefFor={(p) => pageHref(base, filter, p)} />
      <p className="feed-links">
        <a href={href(locale, contentTypes.newsArticle.feeds.rss)}>{t('feeds.rss')}</a> · <a href={href(locale, contentTypes.newsArticle.feeds.atom)}>{t('feeds.atom')}</a>
      </p>
    </Layout>
  )
}
