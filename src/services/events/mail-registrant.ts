import { createElement } from 'react'
import type { Payload, PayloadRequest } from 'payload'
import type { EventRegistration } from '../../cms/payload-types'
import { calendarEntry } from '../../content/calendar/event-entry'
import { renderCalendar } from '../../content/calendar/ics'
import { pathTo } from '../../content/content-types'
import { RegistrationEmail, type RegistrationMailKind } from '../../content/emails/RegistrationEmails'
import { renderEmail } from '../../content/emails/render-email'
import { formatEventTime } from '../../content/format-event-time'
import { createTranslator } from '../../content/i18n/translate'
import { defaultLocale, isLocale, type Locale } from '../../content/locales'
import { cancelRegistrationPath } from '../../content/registration-paths'
import { relationId } from '../../content/related'
import { queueMail, queueMailOnce } from '../mail/queue-mail'
import { findRegistrableEvent, readJoinUrl } from './find-registrable-event'
import { cancelToken } from './registration-token'
import { mailBrand } from '../mail/mail-brand'

/** The language a registration's mail is written in: the page's when the member registered. */
export const registrationLocale = (registration: Pick<EventRegistration, 'locale'>): Locale =>
  registration.locale && isLocale(registration.locale) ? registration.locale : defaultLocale

/** Kinds that go to a confirmed registrant: they carry the joining link and the calendar file. */
const confirmedKinds: RegistrationMailKind[] = ['confirmed', 'promoted', 'reminder']

/**
 * One registration mail, in the language the member registered in. Inside a
 * locked registration it is stored in that transaction (`req`), so it exists
 * exactly when the registration does; a job that may run again names a `key`
 * instead, and the mail is stored at most once (queueMailOnce).
 */
export async function mailRegistrant(
  payload: Payload,
  options: { registration: EventRegistration; kind: RegistrationMailKind; origin: string; place?: number; req?: PayloadRequest; key?: string },
): Promise<void> {
  const { registration, kind, origin, place, req, key } = options
  const locale = registrationLocale(registration)
  const eventId = relationId(registration.event)
  const [event, member] = await Promise.all([
    findRegistrableEvent(payload, { id: eventId }, locale, req),
    payload.findByID({ collection: 'users', id: relationId(registration.member), depth: 0, overrideAccess: true, req }),
  ])
  if (!event) return
  const t = createTranslator(locale)
  const confirmed = confirmedKinds.includes(kind)
  const eventUrl = `${origin}/${locale}${pathTo('event', event.slug)}`
  const where = event.online ? t('events.online') : [event.venue, event.hostCity?.label].filter(Boolean).join(', ')
  const element = createElement(RegistrationEmail, {
    t,
    locale,
    kind,
    event: { title: event.title, when: formatEventTime(event.startsAt, event.endsAt, event.timeZone, locale), where },
    eventUrl,
    cancelUrl: `${origin}/${locale}${cancelRegistrationPath(event.slug)}?token=${cancelToken(registration)}`,
    joinUrl: confirmed ? ((await readJoinUrl(payload, eventId, req)) ?? undefined) : undefined,
    place,
    withCalendar: confirmed,
  })
  const calendar = renderCalendar({ name: event.title, events: [calendarEntry(event, { origin, url: eventUrl, onlineLabel: t('events.online') })] })
  const mail = {
    to: member.email,
    subject: t(`registration.email.${kind}Subject`, { title: event.title }),
    ...renderEmail(element, await mailBrand(payload, locale)),
    attachments: confirmed ? [{ filename: `${event.slug}.ics`, contentType: 'text/calendar; charset=utf-8', content: calendar }] : undefined,
  }
  if (key) await queueMailOnce(payload, key, mail)
  else await queueMail(payload, mail, req)
}
