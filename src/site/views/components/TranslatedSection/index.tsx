import type { ReactNode } from 'react'
import { languageName } from '../../../../content/i18n/language-name'
import { localeDefinition, type Locale } from '../../../../content/locales'
import type { PageContext } from '../../context'

/**
 * Wraps content written in `lang`. When that is not the page's language the
 * text gets the right lang and direction, and a badge names its language;
 * the page says why once, at the top (FallbackNotice).
 */
export function InLanguage({ ctx, lang, children, badge = true }: { ctx: PageContext; lang: Locale; children: ReactNode; badge?: boolean }) {
  if (lang === ctx.locale) return <>{children}</>
  const def = localeDefinition(lang)
  return (
    <>
      {badge ? <p className="lang-badge">{ctx.t('translation.badge', { language: languageName(lang, ctx.locale) })}</p> : null}
      <div lang={def.tag} dir={def.dir}>
        {children}
      </div>
    </>
  )
}

export type FallbackSection = { id: string; title: string; lang: Locale }

/** One notice at the top of a page, naming each section shown in another language and linking to it. */
export function FallbackNotice({ ctx, sections }: { ctx: PageContext; sections: FallbackSection[] }) {
  const shown = sections.filter((s) => s.lang !== ctx.locale)
  if (!shown.length) return null
  return (
    <div className="translation-notice" role="note">
      <p>{ctx.t('translation.summary', { language: languageName(ctx.locale, ctx.locale) })}</p>
      <ul>
        {shown.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a> ({languageName(s.lang, ctx.locale)})
          </li>
        ))}
      </ul>
    </div>
  )
}
