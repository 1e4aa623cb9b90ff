import type { SearchParams } from '../../../../services/search/search-params'
import type { PageContext } from '../../context'
import { searchHref } from '../../search-href'

export function Pagination({ ctx, base, params, page, pages }: { ctx: PageContext; base: string; params: SearchParams; page: number; pages: number }) {
  const { t } = ctx
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('search.pagination')}>
      <ul>
        {page > 1 ? <li><a rel="prev" href={searchHref(base, params, { page: page - 1 })}>{t('search.previous')}</a></li> : null}
        <li aria-current="page">{t('search.pageOf', { page, pages })}</li>
        {page < pages ? <li><a rel="next" href={searchHref(base, params, { page: page + 1 })}>{t('search.next')}</a></li> : null}
      </ul>
    </nav>
  )
}
