import { createElement } from 'react'
import type { Payload } from 'payload'
import { z } from 'zod'
import type { Locale } from '../../content/locales'
import { AccountEmail, type AccountMailKind } from '../../content/emails/AccountEmails'
import { storedText } from '../../shared/stored-text'
import { renderEmail } from '../../content/emails/render-email'
import { createTranslator } from '../../content/i18n/translate'
import { deliverSoon } from '../mail/mail-queue'
import { queueMail } from '../mail/queue-mail'
import { AppError } from '../../content/app-error'
import { ZPasswordSchema } from './password-policy'
import { mailBrand } from '../mail/mail-brand'

const email = z
  .string({ message: 'form.error.email' })
  .trim()
  .toLowerCase()
  .max(254, 'form.error.tooLong')
  .pipe(z.email({ message: 'form.error.email' }))
const name = z.string({ message: 'form.error.name' }).trim().min(1, 'form.error.name').pipe(storedText(120))
const optionalText = (max: number) => storedText(max).optional().default('')

export const ZRegistrationSchema = z.object({ name, email, organisation: optionalText(200), city: optionalText(120), password: ZPasswordSchema })
export const ZSignInSchema = z.object({ email, password: z.string().min(1, 'form.error.password').max(200, 'form.error.tooLong') })
export const ZEmailOnlySchema = z.object({ email })
export const ZNewPasswordSchema = z.object({ password: ZPasswordSchema })
export const ZProfileSchema = z.object({ name, organisation: optionalText(200), city: optionalText(120) })
export const ZPasswordChangeSchema = z.object({ current: z.string().min(1, 'form.error.password'), password: ZPasswordSchema })
export const ZEmailChangeSchema = z.object({ email, emailPassword: z.string().min(1, 'form.error.password') })
export const ZHelpRequestSchema = z.object({ message: z.string().trim().min(10, 'form.error.messageShort').pipe(storedText(5000)) })

/** Mails one of the account links (confirm, reset, change) in the reader's language. */
export async function mailAccountLink(payload: Payload, to: string, locale: Locale, kind: AccountMailKind, url: string) {
  const t = createTranslator(locale)
  const mail = renderEmail(createElement(AccountEmail, { t, locale, kind, url }), await mailBrand(payload, locale))
  await queueMail(payload, { to, subject: t(`email.account.${kind}Title`), ...mail })
  deliverSoon(payload)
}

/** Checks a signed-in member's password before a change that needs it; a wrong one marks `field`. */
export async function confirmPassword(payload: Payload, userId: number, password: string, field: string): Promise<void> {
  const user = await payload.findByID({ collection: 'users', id: userId, overrideAccess: true })
  const matches = await payload.login({ collection: 'users', data: { email: user.email, password } }).then(
    () => true,
    () => false,
  )
  if (!matches) throw new AppError('invalid-credentials', { fields: { [field]: 'account.wrongPassword' } })
}

/** Tokens of mailed links are letters and digits; anything else is no link of ours. */
export const isLinkToken = (token: string) => /^[A-Za-z0-9]{10,128}$/.test(token)
