import { defaultMenu } from '../../../../content/navigation'
import { href, type PageContext } from '../../context'

/** Site paths are written without the language; the visitor's language is added here. */
export function menuHref(ctx: PageContext, target: string): string {
  return target.startsWith('/') ? href(ctx.locale, target) : target
}

/**
 * The header menu. Without JavaScript a checkbox opens it on small screens;
 * sub-menus open on hover and whenever focus is inside them, so the keyboard
 * reaches every link.
 */
export function SiteMenu({ ctx }: { ctx: PageContext }) {
  const { t } = ctx
  const sections = ctx.site.mainMenu.length ? ctx.site.mainMenu : defaultMenu(t, [])
  const current = (target: string) => (target.startsWith('/') && (ctx.path === target || ctx.path.startsWith(`${target}/`)) ? 'page' : undefined)
  return (
    <nav className="site-nav" aria-label={t('site.mainNavigation')}>
      <input type="checkbox" id="menu-toggle" className="menu-toggle" aria-controls="site-menu" />
      <label htmlFor="menu-toggle" className="menu-toggle__label">
        {t('site.menu')}
      </label>
      <div className="width-container">
        <ul id="site-menu" className="site-menu">
          {sections.map((s) => (
            <li key={s.label} className={s.children.length ? 'site-menu__section has-children' : 'site-menu__section'}>
              <a href={menuHref(ctx, s.href)} aria-current={current(s.href)}>
                {s.label}
              </a>
              {s.children.length ? (
                <ul className="site-menu__sub">
                  {s.children.map((c) => (
                    <li key={c.label + c.href}>
                      <a href={menuHref(ctx, c.href)}>{c.label}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}
