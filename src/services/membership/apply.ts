import { createElement } from 'react'
import type { Payload } from 'payload'
import { z } from 'zod'
import type { Locale } from '../../content/locales'
import { parseInput } from '../../content/app-error'
import { isCountryCode } from '../../content/countries'
import { ApplicationEmail } from '../../content/emails/MembershipEmails'
import { renderEmail } from '../../content/emails/render-email'
import { createTranslator } from '../../content/i18n/translate'
import { deliverSoon } from '../mail/mail-queue'
import { queueMail } from '../mail/queue-mail'
import { storedText } from '../../shared/stored-text'
import { parseWholeNumber } from '../../shared/whole-number'
import { findOrDraftCountry } from './find-or-draft-country'
import { mailBrand } from '../mail/mail-brand'

const required = (max: number, key: string) => z.string({ message: key }).trim().min(1, key).pipe(storedText(max))
const email = z
  .string({ message: 'form.error.email' })
  .trim()
  .toLowerCase()
  .max(254, 'form.error.tooLong')
  .pipe(z.email({ message: 'form.error.email' }))

export const ZMembershipApplicationSchema = z.object({
  cityName: required(120, 'join.error.city'),
  country: z.string({ message: 'join.error.country' }).refine(isCountryCode, 'join.error.country'),
  population: z.preprocess(
    (v) => (typeof v !== 'string' ? v : v.trim() === '' ? undefined : parseWholeNumber(v)),
    z.number({ message: 'join.error.population' }).int('join.error.population').min(1, 'join.error.population').max(100_000_000, 'join.error.population').optional(),
  ),
  applicantName: required(120, 'form.error.name'),
  applicantRole: required(160, 'join.error.role'),
  applicantEmail: email,
  applicantPhone: z
    .string()
    .trim()
    .max(40, 'form.error.tooLong')
    .regex(/^[+0-9 ().-]*$/, 'join.error.phone')
    .optional()
    .default(''),
  leaderName: required(120, 'join.error.leader'),
  leaderRole: required(160, 'join.error.role'),
  focalPointName: required(120, 'join.error.focalPoint'),
  focalPointEmail: email,
  motivation: required(5000, 'join.error.motivation'),
  preventionWork: required(5000, 'join.error.preventionWork'),
  consent: z.enum(['yes'], { message: 'join.error.consent' }),
})

export type MembershipApplicationInput = z.infer<typeof ZMembershipApplicationSchema>

/** Emails the applicant about their application in the language they applied in. */
export async function mailApplicant(payload: Payload, application: { applicantEmail: string; applicantName: string; cityName: string; locale: string }, status: string) {
  const locale = application.locale as Locale
  const t = createTranslator(locale)
  const mail = renderEmail(createElement(ApplicationEmail, { t, locale, name: application.applicantName, city: application.cityName, status }), await mailBrand(payload, locale))
  await queueMail(payload, { to: application.applicantEmail, subject: t(`email.join.${status}Title`, { city: application.cityName }), ...mail })
  deliverSoon(payload)
}

/**
 * The join form: checks what was typed and stores the application (its
 * status changes mail the applicant and the membership inbox). Any country
 * may apply: one the hub does not have yet is drafted for staff to place in
 * a region (see findOrDraftCountry).
 */
export async function applyForMembership(payload: Payload, values: Record<string, string>, locale: Locale) {
  const { consent: _consent, country, ...data } = parseInput(ZMembershipApplicationSchema, values)
  const application = await payload.create({
    collection: 'membership-applications',
    data: { ...data, country: await findOrDraftCountry(payload, country), locale, status: 'received' },
    overrideAccess: true,
  })
  // The stored job mails the applicant and the inbox; run it now rather than at the next timer.
  deliverSoon(payload)
  return application
}
