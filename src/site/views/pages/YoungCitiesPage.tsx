import type { ArticleSummary } from '../../../services/news/list-news'
import type { EventSummary } from '../../../services/events/list-events'
import type { ContentPage as ContentPageData } from '../../../services/pages/get-page'
import type { YouthProjectView } from '../../../services/programmes/list-youth-projects'
import { ArticleList } from '../components/ArticleList'
import { EventList } from '../components/EventList'
import { href, type PageContext } from '../context'
import { ContentPage } from './ContentPage'
import { pathTo } from '../../../content/content-types'

type Props = { ctx: PageContext; page: ContentPageData; projects: YouthProjectView[]; news: ArticleSummary[]; events: EventSummary[] }

export function YoungCitiesPage({ ctx, page, projects, news, events }: Props) {
  const { t, locale } = ctx
  return (
    <ContentPage ctx={ctx} page={page} trail={[]}>
      <section aria-labelledby="projects">
        <h2 id="projects">{t('young.projects')}</h2>
        {projects.length ? (
          <ul className="card-list">
            {projects.map((p) => (
              <li key={p.slug} className="card">
                <p className="card__meta">
                  <span className="tag">{t(`young.status.${p.status}`)}</span>
                </p>
                <h3 className="card__title">{p.title}</h3>
                {p.city ? (
                  <p className="card__place">
                    <a href={href(locale, pathTo('city', p.city.slug))}>{p.city.name}</a>
                  </p>
                ) : null}
                {p.summary ? <p>{p.summary}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('young.noProjects')}</p>
        )}
      </section>
      <section aria-labelledby="young-events">
        <h2 id="young-events">{t('young.events')}</h2>
        {events.length ? <EventList ctx={ctx} events={events} /> : <p className="empty-state">{t('events.noneUpcoming')}</p>}
      </section>
      <section aria-labelledby="young-news">
        <h2 id="young-news">{t('young.news')}</h2>
        {news.length ? <ArticleList ctx={ctx} articles={news} headingLevel={3} /> : <p className="empty-state">{t('news.empty')}</p>}
      </section>
    </ContentPage>
  )
}
