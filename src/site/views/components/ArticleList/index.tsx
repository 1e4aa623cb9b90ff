import type { ArticleSummary } from '../../../../services/news/list-news'
import { href, type PageContext } from '../../context'
import { formatDate } from '../../format-date'
import { Picture } from '../Picture'
import { pathTo } from '../../../../content/content-types'

export function ArticleList({ ctx, articles, headingLevel = 2 }: { ctx: PageContext; articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {articles.map((a) => (
        <li key={a.slug} className="card">
          {a.image ? <Picture picture={a.image} className="card__image" /> : null}
          <p className="card__meta">
            {a.type === 'press-release' ? <span className="tag">{ctx.t('news.type.press-release')}</span> : null}{' '}
            <time dateTime={a.publishedOn}>{formatDate(a.publishedOn, ctx.locale)}</time>
          </p>
          <Heading className="card__title">
            <a href={href(ctx.locale, pathTo('newsArticle', a.slug))}>{a.title}</a>
          </Heading>
          {a.summary ? <p>{a.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
