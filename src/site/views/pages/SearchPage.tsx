import type { SearchOutcome } from '../../../services/search/run-search'
import type { SearchParams } from '../../../services/search/search-params'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { FacetList } from '../components/FacetList'
import { FiltersDisclosure } from '../components/FiltersDisclosure'
import { Layout } from '../components/Layout'
import { Pagination } from '../components/Pagination'
import { SearchResults } from '../components/SearchResults'
import { href, type PageContext } from '../context'
import { searchHref } from '../search-href'

type Props = { ctx: PageContext; mode: 'search' | 'library'; params: SearchParams; outcome: SearchOutcome; script: string }

const sorts = { search: ['relevance', 'date'], library: ['date', 'title'] } as const

/** The search page and the resource library: one query box, facet links, sorting and plain pagination. */
export function SearchPage({ ctx, mode, params, outcome, script }: Props) {
  const { t, locale } = ctx
  const base = href(locale, mode === 'search' ? '/search' : '/resources')
  const title = t(mode === 'search' ? 'search.title' : 'library.title')
  const q = outcome.query.q
  const activeFilters = outcome.facets.filter((f) => f.selected)
  const sortOptions = q && mode === 'library' ? ['relevance', 'date', 'title'] : sorts[mode]
  return (
    <Layout ctx={ctx} title={q ? `${q} · ${title}` : title} description={t(mode === 'search' ? 'search.intro' : 'library.intro')} scripts={[script]} headerSearch={false}>
      <Breadcrumbs ctx={ctx} trail={[]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t(mode === 'search' ? 'search.intro' : 'library.intro')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: role=search on the form reaches screen readers that do not know the newer <search> element */}
      <form className="search-form" method="get" action={base} role="search" data-search-form={mode}>
        <label htmlFor="search-q">{t('search.label')}</label>
        <div className="search-form__row">
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" />
          {activeFilters.map((f) => (
            <input key={f.name} type="hidden" name={f.name} value={f.selected!} />
          ))}
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      <div className="search-layout">
        <FiltersDisclosure ctx={ctx} id="search-filters" active={activeFilters.length}>
          <div id="search-facets">
            <FacetList ctx={ctx} base={base} params={params} facets={outcome.facets} />
          </div>
        </FiltersDisclosure>
        <div className="search-results" id="search-results" aria-live="polite">
          <div className="results-bar">
            <p className="result-count" role="status">
              {q ? t('search.countFor', { count: outcome.total, q }) : t('search.count', { count: outcome.total })}
            </p>
            {outcome.total > 1 ? (
              <p className="sort">
                {t('search.sort')}{' '}
                {sortOptions.map((s, i) => (
                  <span key={s}>
                    {i > 0 ? ' · ' : ''}
                    {outcome.query.sort === s ? (
                      <strong aria-current="true">{t(`search.sort.${s}`)}</strong>
                    ) : (
                      <a href={searchHref(base, params, { sort: s })}>{t(`search.sort.${s}`)}</a>
                    )}
                  </span>
                ))}
              </p>
            ) : null}
          </div>
          {outcome.total > 0 ? (
            <>
              <SearchResults ctx={ctx} hits={outcome.hits} />
              <Pagination ctx={ctx} page={outcome.query.page} pages={outcome.pages} hrefFor={(page) => searchHref(base, params, { page })} />
            </>
          ) : (
            <div className="empty-state">
              <p>{q || activeFilters.length ? t('search.noResults') : t(mode === 'search' ? 'search.empty' : 'library.empty')}</p>
              {outcome.suggestion ? (
                <p>
                  {t('search.didYouMean')} <a href={searchHref(base, {}, { q: outcome.suggestion })}>{outcome.suggestion}</a>
                </p>
              ) : null}
              {activeFilters.length ? (
                <>
                  <p>{t('search.tryRemoving')}</p>
                  <ul>
                    {activeFilters.map((f) => (
                      <li key={f.name}>
                        <a href={searchHref(base, params, { [f.name]: undefined })}>{t('cities.filter.remove', { label: outcome.label(f.name, f.selected!) })}</a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          )}
        </div>
      </div>
    </Layout>
  )
}
