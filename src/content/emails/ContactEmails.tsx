import type { Locale } from '../locales'
import type { Translate } from '../i18n/translate'
import { EmailLayout } from './EmailLayout'

type Message = { topic: string; name: string; email: string; organisation?: string; message: string }

/** To the staff inbox the topic is routed to, in the network's working language. */
export function ContactNotification({ t, message, adminUrl }: { t: Translate; message: Message; adminUrl: string }) {
  return (
    <EmailLayout locale="en" title={t('email.contact.notificationTitle', { topic: t(`contact.topic.${message.topic}`) })}>
      <p>
        <strong>{t('form.name')}:</strong> {message.name}
      </p>
      <p>
        <strong>{t('form.email')}:</strong> {message.email}
      </p>
      {message.organisation ? (
        <p>
          <strong>{t('form.organisationOptional')}:</strong> {message.organisation}
        </p>
      ) : null}
      <p style={{ whiteSpace: 'pre-wrap' }}>{message.message}</p>
      <p>
        <a href={adminUrl}>{t('email.contact.openInAdmin')}</a>
      </p>
    </EmailLayout>
  )
}

/** To the sender, in the language of the page they wrote from. */
export function ContactAcknowledgement({ t, locale, message }: { t: Translate; locale: Locale; message: Message }) {
  return (
    <EmailLayout locale={locale} title={t('email.contact.ackTitle')}>
      <p>{t('email.contact.ackGreeting', { name: message.name })}</p>
      <p>{t('email.contact.ackBody')}</p>
      <blockquote style={{ borderInlineStart: '4px solid #b1b4b6', paddingInlineStart: '12px', whiteSpace: 'pre-wrap' }}>{message.message}</blockquote>
    </EmailLayout>
  )
}
