import { createTranslator } from '../../content/i18n/translate'
import { type Locale, localeDefinition } from '../../content/locales'
import type { CertificateInput } from './render-certificate-pdf'

/** How a certificate PDF reads in one language: its direction, language tag and every label, from the site's messages. */
export function certificateWording(locale: Locale): Pick<CertificateInput, 'dir' | 'lang' | 'labels'> {
  const t = createTranslator(locale)
  const label = (key: keyof CertificateInput['labels']) => t(`training.certificate.pdf.${key}`)
  return {
    dir: localeDefinition(locale).dir,
    lang: localeDefinition(locale).tag,
    labels: {
      heading: label('heading'),
      awardedTo: label('awardedTo'),
      forCompleting: label('forCompleting'),
      issuedOn: label('issuedOn'),
      code: label('code'),
      verifyAt: label('verifyAt'),
    },
  }
}
