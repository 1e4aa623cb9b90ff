import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../content/locales'
import { readableOne } from '../../content/related'
import { isCertificateCode } from './certificate-code'
import type { CertificateView } from './types'

/**
 * A certificate by its code, for anyone who checks it: who, what, when, and
 * whether it still stands. It shows nothing a learner did not choose to show
 * by handing the code on.
 */
export async function getCertificate(payload: Payload, code: string, locale: Locale): Promise<CertificateView | null> {
  if (!isCertificateCode(code)) return null
  const { docs } = await payload.find({ collection: 'certificates', where: { code: { equals: code } }, depth: 1, limit: 1, locale, overrideAccess: true })
  const certificate = docs[0]
  if (!certificate) return null
  const module = readableOne(certificate.module)
  const published = module?._status === 'published'
  return {
    code: certificate.code,
    learnerName: certificate.learnerName,
    moduleTitle: (published && module?.title) || certificate.moduleTitle,
    moduleSlug: published && module ? module.slug : null,
    issuedAt: certificate.issuedAt,
    score: certificate.score ?? null,
    locale: isLocale(certificate.locale) ? certificate.locale : locale,
    revoked: Boolean(certificate.revoked),
    revokedReason: certificate.revoked ? (certificate.revokedReason ?? null) : null,
  }
}
