import { createElement } from 'react'
import type { Payload } from 'payload'
import { publicOrigin } from '../../config/public-url'
import { ApplicationNotification } from '../../content/emails/MembershipEmails'
import { renderEmail } from '../../content/emails/render-email'
import { createTranslator } from '../../content/i18n/translate'
import { readableOne } from '../../content/related'
import { deliverSoon } from '../mail/mail-queue'
import { queueMailOnce } from '../mail/queue-mail'
import { mailBrand } from '../mail/mail-brand'

/**
 * The whole application to the membership inbox of Site settings, in
 * English, replying to the applicant. Keyed by the application, so a job
 * that runs again does not mail the team twice.
 */
export async function mailMembershipInbox(payload: Payload, applicationId: number) {
  const application = await payload.findByID({ collection: 'membership-applications', id: applicationId, depth: 1, locale: 'en', overrideAccess: true })
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  const t = createTranslator('en')
  const country = readableOne(application.country)
  const mail = renderEmail(
    createElement(ApplicationNotification, {
      t,
      application: { ...application, country: country?.name ?? '' },
      adminUrl: `${publicOrigin()}/admin/collections/membership-applications/${application.id}`,
    }),
    await mailBrand(payload, 'en'),
  )
  await queueMailOnce(payload, `application-${application.id}-staff`, {
    to: settings.inbox_membership,
    replyTo: application.applicantEmail,
    subject: t('email.join.notificationTitle', { city: application.cityName }),
    ...mail,
  })
  deliverSoon(payload)
}
