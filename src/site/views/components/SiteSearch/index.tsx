import { href, type PageContext } from '../../context'

/**
 * The site search as a plain GET form, so it works without script: in the
 * header of every page (the page's one search landmark, its label read by
 * screen readers only), and in a page's body where a visitor is stuck, such
 * as the 404 page.
 */
export function SiteSearch({ ctx, place }: { ctx: PageContext; place: 'header' | 'page' }) {
  const { t } = ctx
  const id = `site-search-${place}`
  const inHeader = place === 'header'
  return (
    <form
      className={inHeader ? 'site-search' : 'search-form'}
      method="get"
      action={href(ctx.locale, '/search')}
      {...(inHeader ? { role: 'search', 'aria-label': t('search.label') } : {})}
    >
      <label htmlFor={id} className={inHeader ? 'visually-hidden' : undefined}>
        {t('search.label')}
      </label>
      <div className="search-form__row">
        <input id={id} name="q" type="search" maxLength={200} />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </div>
    </form>
  )
}
