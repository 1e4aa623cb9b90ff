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

type NewApplication = {
  cityName: string
  country: string
  population?: number | null
  applicantName: string
  applicantRole: string
  applicantEmail: string
  applicantPhone?: string | null
  leaderName: string
  leaderRole: string
  focalPointName: string
  focalPointEmail: string
  motivation: string
  preventionWork: string
}

/** To the membership inbox, in the network's working language: the whole application, to read before opening the back office. */
export function ApplicationNotification({ t, application: a, adminUrl }: { t: Translate; application: NewApplication; adminUrl: string }) {
  const rows: [string, string | number | null | undefined][] = [
    ['join.city', a.cityName],
    ['join.country', a.country],
    ['join.population', a.population],
    ['form.name', `${a.applicantName} (${a.applicantRole})`],
    ['form.email', a.applicantEmail],
    ['join.phone', a.applicantPhone],
    ['join.leaderName', `${a.leaderName} (${a.leaderRole})`],
    ['join.focalPointName', a.focalPointName],
    ['join.focalPointEmail', a.focalPointEmail],
  ]
  return (
    <EmailLayout locale="en" title={t('email.join.notificationTitle', { city: a.cityName })}>
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <p key={label}>
            <strong>{t(label)}:</strong> {typeof value === 'number' ? value.toLocaleString('en') : value}
          </p>
        ))}
      <h2>{t('join.motivation')}</h2>
      <p style={{ whiteSpace: 'pre-wrap' }}>{a.motivation}</p>
      <h2>{t('join.preventionWork')}</h2>
      <p style={{ whiteSpace: 'pre-wrap' }}>{a.preventionWork}</p>
      <p>
        <a href={adminUrl}>{t('email.contact.openInAdmin')}</a>
      </p>
    </EmailLayout>
  )
}
