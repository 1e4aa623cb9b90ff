import type { ReactNode } from 'react'
import { localeDefinition, locales } from '../../../../config/locales'
import { href, type PageContext } from '../../context'
import { LanguageSwitcher } from '../LanguageSwitcher'

type Props = {
  ctx: PageContext
  title: string
  description?: string
  /** False for error pages, which have no alternates worth indexing. */
  indexable?: boolean
  /** Our own enhancement scripts; pages work without them. */
  scripts?: string[]
  children: ReactNode
}

export function Layout({ ctx, title, description, indexable = true, scripts = [], children }: Props) {
  const { t, locale, site } = ctx
  const def = localeDefinition(locale)
  const fullTitle = title === site.networkName ? title : `${title} · ${site.networkName}`
  return (
    <html lang={def.tag} dir={def.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        {indexable ? null : <meta name="robots" content="noindex" />}
        {indexable ? <link rel="canonical" href={ctx.origin + href(locale, ctx.path) + ctx.search} /> : null}
        {indexable
          ? locales.map((l) => (
              <link key={l.code} rel="alternate" hrefLang={l.tag} href={ctx.origin + href(l.code, ctx.path) + ctx.search} />
            ))
          : null}
        {indexable ? <link rel="alternate" hrefLang="x-default" href={ctx.origin + href('en', ctx.path) + ctx.search} /> : null}
        <link rel="stylesheet" href={ctx.stylesheet} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {scripts.map((src) => <script key={src} src={src} defer />)}
      </head>
      <body>
        <a className="skip-link" href="#main">{t('site.skipToContent')}</a>
        <header className="site-header">
          <div className="width-container site-header__inner">
            <a className="site-header__name" href={href(locale, '/')}>{site.networkName}</a>
            <LanguageSwitcher ctx={ctx} />
          </div>
          <nav className="site-nav" aria-label={t('site.mainNavigation')}>
            <div className="width-container">
              <ul>
                <li><a href={href(locale, '/cities')}>{t('nav.cities')}</a></li>
                <li><a href={href(locale, '/regions')}>{t('nav.regions')}</a></li>
                <li><a href={href(locale, '/resources')}>{t('nav.resources')}</a></li>
                <li><a href={href(locale, '/search')}>{t('nav.search')}</a></li>
                <li><a href={href(locale, '/account')}>{t('nav.account')}</a></li>
              </ul>
            </div>
          </nav>
        </header>
        <main id="main" className="width-container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="width-container">
            <p>{site.tagline || t('site.footer.about')}</p>
            <ul className="inline-list footer-links">
              <li><a href={href(locale, '/contact')}>{t('nav.contact')}</a></li>
              <li><a href={href(locale, '/newsletter')}>{t('nav.newsletter')}</a></li>
              <li><a href={href(locale, '/join')}>{t('nav.join')}</a></li>
            </ul>
            <p>{t('site.footer.open')}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
