import type { Locale } from '../locales'
import type { Translate } from '../i18n/translate'
import { EmailLayout } from './EmailLayout'

export type DigestItem = { title: string; url: string }

/** The monthly digest, in the subscriber's language, with its own unsubscribe link. */
export function DigestEmail({
  t,
  locale,
  title,
  introduction,
  resources,
  cities,
  unsubscribeUrl,
}: {
  t: Translate
  locale: Locale
  title: string
  introduction: string
  resources: DigestItem[]
  cities: DigestItem[]
  unsubscribeUrl: string
}) {
  return (
    <EmailLayout
      locale={locale}
      title={title}
      footer={
        <p>
          {t('email.digest.why')} <a href={unsubscribeUrl}>{t('email.newsletter.unsubscribe')}</a>
        </p>
      }
    >
      {introduction ? <p style={{ whiteSpace: 'pre-wrap' }}>{introduction}</p> : null}
      {resources.length ? (
        <>
          <h2 style={{ fontSize: '18px' }}>{t('email.digest.resources')}</h2>
          <ul>
            {resources.map((r) => (
              <li key={r.url}>
                <a href={r.url}>{r.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {cities.length ? (
        <>
          <h2 style={{ fontSize: '18px' }}>{t('email.digest.cities')}</h2>
          <ul>
            {cities.map((c) => (
              <li key={c.url}>
                <a href={c.url}>{c.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </EmailLayout>
  )
}
