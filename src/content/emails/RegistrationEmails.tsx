import type { Translate } from '../i18n/translate'
import type { Locale } from '../locales'
import { EmailLayout } from './EmailLayout'

export type RegistrationMailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'reminder'

export type RegistrationMailProps = {
  t: Translate
  locale: Locale
  kind: RegistrationMailKind
  event: { title: string; when: string; where: string }
  eventUrl: string
  cancelUrl: string
  /** Only for a confirmed registrant of an online event. */
  joinUrl?: string
  /** The place on the waitlist. */
  place?: number
  /** Whether the event's .ics is attached. */
  withCalendar: boolean
}

/** Registered, waitlisted, moved up from the waitlist, or tomorrow's reminder: the event, how to join, and how to cancel. */
export function RegistrationEmail({ t, locale, kind, event, eventUrl, cancelUrl, joinUrl, place, withCalendar }: RegistrationMailProps) {
  const fill = { title: event.title, place: place ?? 0 }
  return (
    <EmailLayout locale={locale} title={t(`registration.email.${kind}Subject`, fill)} footer={<p>{t('registration.email.notYou')}</p>}>
      <p>{t(`registration.email.${kind}Body`, fill)}</p>
      <p>
        <strong>{t('registration.email.when')}</strong> {event.when}
        <br />
        <strong>{t('registration.email.where')}</strong> {event.where}
      </p>
      {joinUrl ? (
        <p>
          <a href={joinUrl}>{t('registration.email.join')}</a>
          <br />
          {t('registration.email.joinHint')}
        </p>
      ) : null}
      {withCalendar ? <p>{t('registration.email.calendarAttached')}</p> : null}
      <p>
        <a href={eventUrl}>{t('registration.email.eventPage')}</a>
      </p>
      <p>
        {t('registration.email.cancelHint')} <a href={cancelUrl}>{t('registration.email.cancel')}</a>
      </p>
    </EmailLayout>
  )
}
