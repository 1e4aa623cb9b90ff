import { locales } from '../../../../content/locales'
import { href, type PageContext } from '../../context'

/** Links to this same page in every other language; no script, no cookie. */
export function LanguageSwitcher({ ctx }: { ctx: PageContext }) {
  return (
    <nav className="language-switcher" aria-label={ctx.t('site.languages')}>
      <ul>
        {locales.map((l) =>
          l.code === ctx.locale ? (
            <li key={l.code}>
              <span aria-current="true" lang={l.tag} dir={l.dir}>
                {l.label}
              </span>
            </li>
          ) : (
            <li key={l.code}>
              <a href={href(l.code, ctx.path) + ctx.search} lang={l.tag} dir={l.dir} hrefLang={l.tag}>
                {l.label}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}
