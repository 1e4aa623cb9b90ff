import { type ReactNode, useContext } from 'react'
import { PRIMARY_TEXT } from '../brand'
import { localeDefinition, type Locale } from '../locales'
import { MailBrandContext } from './mail-brand'

/** Plain, table-free HTML that mail clients render well, under a band with the network's name; no images, no tracking. */
export function EmailLayout({ locale, title, children, footer }: { locale: Locale; title: string; children: ReactNode; footer?: ReactNode }) {
  const def = localeDefinition(locale)
  const brand = useContext(MailBrandContext)
  return (
    <html lang={def.tag} dir={def.dir}>
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
      </head>
      <body style={{ fontFamily: 'Arial, sans-serif', fontSize: '16px', lineHeight: 1.5, color: '#0b0c0c' }}>
        <p style={{ margin: 0, padding: '12px 16px', background: brand.primaryColour, color: PRIMARY_TEXT, fontWeight: 700, fontSize: '18px' }}>{brand.networkName}</p>
        <h1 style={{ fontSize: '22px' }}>{title}</h1>
        {children}
        {footer ? <div style={{ marginTop: '32px', fontSize: '13px', color: '#505a5f' }}>{footer}</div> : null}
      </body>
    </html>
  )
}
