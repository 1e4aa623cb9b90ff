import type { Article } from '../../../services/news/get-article'
import { newsArticleLd } from '../../machine/json-ld'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { Picture } from '../components/Picture'
import { RichText } from '../components/RichText'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'
import { pathTo } from '../../../content/content-types'

/** Sharing is a plain link: no third-party buttons or scripts that follow readers around. */
function ShareLinks({ ctx, url, title }: { ctx: PageContext; url: string; title: string }) {
  const { t } = ctx
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('news.share')}</h2>
      <p>
        {t('news.shareLink')} <a href={url}>{url}</a>
      </p>
      <p>
        <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`}>{t('news.shareEmail')}</a>
      </p>
    </section>
  )
}

export function ArticlePage({ ctx, article }: { ctx: PageContext; article: Article }) {
  const { t, locale, origin, site } = ctx
  const url = origin + href(locale, pathTo('newsArticle', article.slug))
  const ld = newsArticleLd({
    headline: article.title,
    url,
    description: article.summary,
    published: new Date(article.publishedOn),
    modified: new Date(article.updatedAt),
    author: article.author || site.networkName,
    image: article.leadImage ? origin + article.leadImage.src : undefined,
    publisher: { name: site.networkName, url: origin + href(locale, '/') },
    language: locale,
  })
  return (
    <Layout ctx={ctx} title={article.title} description={article.summary} ogType="article" image={article.leadImage?.src} jsonLd={[ld]}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('news.title'), path: '/news' }]} current={article.title} />
      <article className="article">
        <p className="card__meta">{t(`news.type.${article.type}`)}</p>
        <h1>{article.title}</h1>
        {article.summary ? <p className="lead">{article.summary}</p> : null}
        <dl className="meta-list">
          <dt>{t('news.published')}</dt>
          <dd>
            <time dateTime={article.publishedOn}>{formatDate(article.publishedOn, locale)}</time>
          </dd>
          {article.author ? (
            <>
              <dt>{t('news.author')}</dt>
              <dd>{article.author}</dd>
            </>
          ) : null}
          <dt>{t('news.readingTime')}</dt>
          <dd>{t('news.minutes', { count: article.readingMinutes })}</dd>
        </dl>
        {article.leadImage ? <Picture picture={article.leadImage} eager className="lead-image" /> : null}
        <RichText value={article.body} headingLevel={2} />
        {[...article.themes, ...article.regions, ...article.cities].length ? (
          <section aria-labelledby="tags-heading">
            <h2 id="tags-heading">{t('news.tags')}</h2>
            <ul className="inline-list tags">
              {article.themes.map((x) => (
                <li key={`t-${x.slug}`}>
                  <a href={`${href(locale, '/news')}?theme=${x.slug}`}>{x.label}</a>
                </li>
              ))}
              {article.regions.map((x) => (
                <li key={`r-${x.slug}`}>
                  <a href={`${href(locale, '/news')}?region=${x.slug}`}>{x.label}</a>
                </li>
              ))}
              {article.cities.map((x) => (
                <li key={`c-${x.slug}`}>
                  <a href={href(locale, pathTo('city', x.slug))}>{x.label}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ShareLinks ctx={ctx} url={url} title={article.title} />
      </article>
    </Layout>
  )
}
