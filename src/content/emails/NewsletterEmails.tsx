import type { Locale } from '../locales'
import type { Translate } from '../i18n/translate'
import { EmailLayout } from './EmailLayout'

export function NewsletterConfirmation({ t, locale, confirmUrl }: { t: Translate; locale: Locale; confirmUrl: string }) {
  return (
    <EmailLayout locale={locale} title={t('email.newsletter.confirmTitle')} footer={<p>{t('email.newsletter.notYou')}</p>}>
      <p>{t('email.newsletter.confirmBody')}</p>
      <p>
        <a href={confirmUrl}>{t('email.newsletter.confirmLink')}</a>
      </p>
    </EmailLayout>
  )
}

export function NewsletterWelcome({ t, locale, unsubscribeUrl }: { t: Translate; locale: Locale; unsubscribeUrl: string }) {
  return (
    <EmailLayout
      locale={locale}
      title={t('email.newsletter.welcomeTitle')}
      footer={
        <p>
          <a href={unsubscribeUrl}>{t('email.newsletter.unsubscribe')}</a>
        </p>
      }
    >
      <p>{t('email.newsletter.welcomeBody')}</p>
    </EmailLayout>
  )
}
