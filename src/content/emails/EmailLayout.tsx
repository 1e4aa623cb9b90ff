import type { ReactNode } from 'react'
import { localeDefinition, type Locale } from '../locales'

/** Plain, table-free HTML that mail clients render well; no images, no tracking. */
export function EmailLayout({ locale, title, children, footer }: { locale: Locale; title: string; children: ReactNode; footer?: ReactNode }) {
  const def = localeDefinition(locale)
  return (
    <html lang={def.tag} dir={def.dir}>
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
      </head>
      <body style={{ fontFamily: 'Arial, sans-serif', fontSize: '16px', lineHeight: 1.5, color: '#0b0c0c' }}>
        <h1 style={{ fontSize: '22px' }}>{title}</h1>
        {children}
        {footer ? <div style={{ marginTop: '32px', fontSize: '13px', color: '#505a5f' }}>{footer}</div> : null}
      </body>
    </html>
  )
}
