import type { ReactNode } from 'react'
import { languageName } from '../../../../content/i18n/language-name'
import { localeDefinition, type Locale } from '../../../../content/locales'
import type { PageContext } from '../../context'

/**
 * Wraps content written in `lang`. When that is not the page's language the
 * reader is told why, and the text gets the right lang and direction.
 */
export function InLanguage({ ctx, lang, children, notice = true }: { ctx: PageContext; lang: Locale; children: ReactNode; notice?: boolean }) {
  if (lang === ctx.locale) return <>{children}</>
  const def = localeDefinition(lang)
  return (
    <>
      {notice ? <p className="translation-notice">{ctx.t('city.shownIn', { language: languageName(lang, ctx.locale) })}</p> : null}
      <div lang={def.tag} dir={def.dir}>
        {children}
      </div>
    </>
  )
}
