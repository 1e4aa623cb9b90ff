import type { ReactNode } from 'react'
import { localeDefinition, locales } from '../../../../content/locales'
import { defaultFooter } from '../../../../content/navigation'
import { href, type PageContext } from '../../context'
import { brandStylesheet } from '../../../brand-css'
import { jsonLdScript } from '../../../machine/json-ld'
import { AccountStatus } from '../AccountStatus'
import { LanguageSwitcher } from '../LanguageSwitcher'
import { SiteSearch } from '../SiteSearch'
import { menuHref, SiteMenu } from '../SiteMenu'

type Props = {
  ctx: PageContext
  title: string
  description?: string
  /** False for error pages, which have no alternates worth indexing. */
  indexable?: boolean
  /** Our own enhancement scripts; pages work without them. */
  scripts?: string[]
  /** For link previews: an image path on this site and what kind of page it is. */
  image?: string
  ogType?: 'website' | 'article'
  /** schema.org descriptions of what the page is about. */
  jsonLd?: object[]
  /** Alternative formats of the page, such as its feeds. */
  feeds?: { title: string; href: string; type: string }[]
  /** False on pages whose own search form is the point of the page (search, library), so there is one search box, not two. */
  headerSearch?: boolean
  children: ReactNode
}

/** The header draws the logo this tall (site.css); the width follows from its proportions. */
const LOGO_HEIGHT = 40

export function Layout({ ctx, title, description, indexable = true, scripts = [], image, ogType = 'website', jsonLd = [], feeds = [], headerSearch = true, children }: Props) {
  const { t, locale, site } = ctx
  const { logo } = site.brand
  // An SVG may have no size of its own: the width, with the height, keeps its proportions.
  const logoWidth = logo ? Math.round((LOGO_HEIGHT * logo.width) / logo.height) : undefined
  const def = localeDefinition(locale)
  const brandCss = brandStylesheet(site.brand)
  const previewImage = image ?? site.brand.socialImage ?? undefined
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
        {indexable ? locales.map((l) => <link key={l.code} rel="alternate" hrefLang={l.tag} href={ctx.origin + href(l.code, ctx.path) + ctx.search} />) : null}
        {indexable ? <link rel="alternate" hrefLang="x-default" href={ctx.origin + href('en', ctx.path) + ctx.search} /> : null}
        <meta property="og:site_name" content={site.networkName} />
        <meta property="og:title" content={title} />
        <meta property="og:type" content={ogType} />
        <meta property="og:url" content={ctx.origin + href(locale, ctx.path)} />
        <meta property="og:locale" content={def.tag} />
        {description ? <meta property="og:description" content={description} /> : null}
        {previewImage ? <meta property="og:image" content={ctx.origin + previewImage} /> : null}
        <meta name="twitter:card" content={previewImage ? 'summary_large_image' : 'summary'} />
        {feeds.map((f) => (
          <link key={f.href} rel="alternate" type={f.type} title={f.title} href={f.href} />
        ))}
        <link rel="stylesheet" href={ctx.stylesheet} />
        {brandCss ? <link rel="stylesheet" href={brandCss} /> : null}
        {site.brand.favicon ? <link rel="icon" href={site.brand.favicon} /> : <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />}
        {scripts.map((src) => (
          <script key={src} src={src} defer />
        ))}
        {jsonLd.map((data, i) => (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: jsonLdScript serialises the data and escapes every "<", so it cannot close the script
          <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <header className="site-header">
          <div className="width-container site-header__inner">
            <a className="site-header__name" href={href(locale, '/')}>
              {/* The name follows, so the logo needs no text of its own. */}
              {/* biome-ignore lint/performance/noImgElement: public pages are static HTML, not Next pages */}
              {logo ? <img className="site-header__logo" src={logo.webp?.src ?? logo.src} alt="" width={logoWidth} height={LOGO_HEIGHT} /> : null}
              {site.networkName}
            </a>
            {headerSearch ? <SiteSearch ctx={ctx} place="header" /> : null}
            <LanguageSwitcher ctx={ctx} />
            <AccountStatus ctx={ctx} />
          </div>
          <SiteMenu ctx={ctx} />
        </header>
        <main id="main" className="width-container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="width-container">
            <p>{site.tagline || t('site.footer.about')}</p>
            <ul className="inline-list footer-links">
              {(site.footerLinks.length ? site.footerLinks : defaultFooter(t)).map((l) => (
                <li key={l.href}>
                  <a href={menuHref(ctx, l.href)}>{l.label}</a>
                </li>
              ))}
            </ul>
            <p>{t('site.footer.open')}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
