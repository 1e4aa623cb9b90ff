import type { Locale } from '../locales'
import type { Translate } from '../i18n/translate'
import { EmailLayout } from './EmailLayout'

/** To the applicant: received, under review, approved or declined. */
export function ApplicationEmail({ t, locale, name, city, status }: { t: Translate; locale: Locale; name: string; city: string; status: string }) {
  return (
    <EmailLayout locale={locale} title={t(`email.join.${status}Title`, { city })}>
      <p>{t('email.contact.ackGreeting', { name })}</p>
      <p>{t(`email.join.${status}Body`, { city })}</p>
    </EmailLayout>
  )
}

/** To the focal point of an approved city: choose a password and complete the profile. */
export function InvitationEmail({ t, locale, name, city, url }: { t: Translate; locale: Locale; name: string; city: string; url: string }) {
  return (
    <EmailLayout locale={locale} title={t('email.join.invitationTitle', { city })} footer={<p>{t('email.join.invitationExpiry')}</p>}>
      <p>{t('email.contact.ackGreeting', { name })}</p>
      <p>{t('email.join.invitationBody', { city })}</p>
      <p>
        <a href={url}>{t('email.join.invitationLink')}</a>
      </p>
    </EmailLayout>
  )
}
