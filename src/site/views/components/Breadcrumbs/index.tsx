import { href, type PageContext } from '../../context'

export type Crumb = { label: string; path: string }

/** The current page is the last, unlinked item. */
export function Breadcrumbs({ ctx, trail, current }: { ctx: PageContext; trail: Crumb[]; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label={ctx.t('site.breadcrumbs')}>
      <ol>
        {[{ label: ctx.t('site.home'), path: '/' }, ...trail].map((c) => (
          <li key={c.path}>
            <a href={href(ctx.locale, c.path)}>{c.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
