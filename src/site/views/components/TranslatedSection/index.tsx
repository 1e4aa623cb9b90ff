import type { ReactNode } from 'react'
import { localeDefinition, type Locale } from '../../../../config/locales'
import type { PageContext } from '../../context'

/** Name of a language in the reader's language, e.g. "néerlandais". */
export function languageName(code: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code
}

/**
 * Wraps content written in `lang`. When that is not the page's language the
 * reader is told why, and the text gets the right lang and direction.
 */
export function InLanguage({ ctx, lang, children, notice = true }: { ctx: PageContext; lang: Locale; children: ReactNode; notice?: boolean }) {
  if (lang === ctx.locale) return <>{children}</>
  const def = localeDefinition(lang)
  return (
    <>
      {notice ? (
        <p className="translation-notice">{ctx.t('city.shownIn', { language: languageName(lang, ctx.locale) })}</p>
      ) : null}
      <div lang={def.tag} dir={def.dir}>{children}</div>
    </>
  )
}
