import type { Payload } from 'payload'
import type { MailBrand } from '../../content/emails/mail-brand'
import { defaultLocale, type Locale } from '../../content/locales'

/** The network's name in the mail's language and its primary colour, from Site settings. */
export async function mailBrand(payload: Payload, locale: Locale): Promise<MailBrand> {
  const s = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: defaultLocale, depth: 0, overrideAccess: true })
  return { networkName: s.networkName || 'Strong Cities Network', primaryColour: s.primaryColour }
}
