import type { PageContext } from '../../context'

/** Previous and next as plain links; `hrefFor` gives the address of a page of the same list. */
export function Pagination({ ctx, page, pages, hrefFor }: { ctx: PageContext; page: number; pages: number; hrefFor: (page: number) => string }) {
  const { t } = ctx
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('search.pagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <a rel="prev" href={hrefFor(page - 1)}>
              {t('search.previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t('search.pageOf', { page, pages })}</li>
        {page < pages ? (
          <li>
            <a rel="next" href={hrefFor(page + 1)}>
              {t('search.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
