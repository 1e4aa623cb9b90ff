import { randomBytes } from 'node:crypto'
import { createElement } from 'react'
import type { TaskHandler } from 'payload'
import type { Locale } from '../../content/locales'
import { publicOrigin } from '../../config/public-url'
import { InvitationEmail } from '../../content/emails/MembershipEmails'
import { renderEmail } from '../../content/emails/render-email'
import { createTranslator } from '../../content/i18n/translate'
import { queueMail } from '../mail/queue-mail'
import { freeCitySlug } from '../cities/free-city-slug'
import { mailApplicant } from './apply'
import { mailMembershipInbox } from './mail-membership-inbox'
import { mailBrand } from '../mail/mail-brand'

/**
 * Job: mails the applicant about a change of status, and the membership
 * inbox about a new application. Approval also creates a
 * draft profile for the city and a city-editor account for its focal point,
 * invited by email to choose a password. It runs once: an application that
 * already has its city is not approved twice.
 */
export const processApplication: TaskHandler<'processApplication'> = async ({ input, req }) => {
  const { payload } = req
  const doc = await payload.findByID({ collection: 'membership-applications', id: input.applicationId, depth: 0, overrideAccess: true, req })
  await mailApplicant(payload, doc, input.status)
  if (input.status === 'received') await mailMembershipInbox(payload, doc.id)
  if (input.status !== 'approved' || doc.status !== 'approved' || doc.city) return { output: {} }

  const country = await payload.findByID({ collection: 'countries', id: doc.country as number, depth: 0, draft: true, overrideAccess: true, req })
  const slug = await freeCitySlug(payload, doc.cityName, country.isoCode, req)
  const city = await payload.create({
    collection: 'cities',
    data: { name: doc.cityName, slug, country: doc.country as number, population: doc.population, _status: 'draft' },
    draft: true,
    overrideAccess: true,
    req,
  })
  const { docs: existing } = await payload.find({ collection: 'users', where: { email: { equals: doc.focalPointEmail } }, limit: 1, overrideAccess: true, req })
  const focalPoint = existing[0]
  if (focalPoint) {
    const roles = [...new Set([...(focalPoint.roles ?? []), 'city-editor' as const])]
    const assigned = [...(focalPoint.assignedCities ?? []).map((c) => (typeof c === 'object' ? c.id : c)), city.id]
    await payload.update({ collection: 'users', id: focalPoint.id, data: { roles, assignedCities: assigned }, overrideAccess: true, req })
  } else {
    await payload.create({
      collection: 'users',
      data: {
        email: doc.focalPointEmail,
        name: doc.focalPointName,
        roles: ['city-editor'],
        assignedCities: [city.id],
        locale: doc.locale as Locale,
        // Never used: the focal point chooses a password from the invitation.
        password: randomBytes(32).toString('base64url'),
        _verified: true,
      },
      overrideAccess: true,
      disableVerificationEmail: true,
      req,
    })
  }
  const token = await payload.forgotPassword({ collection: 'users', data: { email: doc.focalPointEmail }, disableEmail: true, expiration: 7 * 24 * 60 * 60 * 1000, req })
  const locale = doc.locale as Locale
  const t = createTranslator(locale)
  const mail = renderEmail(
    createElement(InvitationEmail, { t, locale, name: doc.focalPointName, city: doc.cityName, url: `${publicOrigin()}/${locale}/account/reset?token=${token}` }),
    await mailBrand(payload, locale),
  )
  await queueMail(payload, { to: doc.focalPointEmail, subject: t('email.join.invitationTitle', { city: doc.cityName }), ...mail }, req)
  await payload.update({ collection: 'membership-applications', id: doc.id, data: { city: city.id }, overrideAccess: true, req })
  return { output: {} }
}
