import { pathTo } from '../../../content/content-types'
import { certificatePdfPath } from '../../../content/training/paths'
import type { CertificateView } from '../../../services/training/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { href, type PageContext } from '../context'
import { formatDate } from '../format-date'

/**
 * Where a certificate's QR code and code lead: anyone can check that it is
 * genuine, and whether it still holds. Not indexed: it names a person.
 */
export function CertificatePage({ ctx, certificate, qr }: { ctx: PageContext; certificate: CertificateView; qr: { size: number; path: string } }) {
  const { t, locale } = ctx
  const title = t('training.certificate.title')
  return (
    <Layout ctx={ctx} title={title} indexable={false}>
      <Breadcrumbs ctx={ctx} trail={[{ label: t('training.modules.title'), path: '/modules' }]} current={title} />
      <h1>{title}</h1>
      {certificate.revoked ? (
        <div className="training-status training-status--failed certificate-status" role="status">
          <p className="training-status__title">
            <span aria-hidden="true">✗ </span>
            {t('training.certificate.revoked')}
          </p>
          {certificate.revokedReason ? <p>{t('training.certificate.revokedReason', { reason: certificate.revokedReason })}</p> : null}
        </div>
      ) : (
        <div className="training-status training-status--passed certificate-status" role="status">
          <p className="training-status__title">
            <span aria-hidden="true">✓ </span>
            {t('training.certificate.valid')}
          </p>
          <p>{t('training.certificate.validBody', { network: ctx.site.networkName })}</p>
        </div>
      )}
      <div className="certificate">
        <dl className="meta-list certificate__facts">
          <dt>{t('training.certificate.learner')}</dt>
          <dd>
            <bdi>{certificate.learnerName}</bdi>
          </dd>
          <dt>{t('training.certificate.module')}</dt>
          <dd>{certificate.moduleSlug ? <a href={href(locale, pathTo('trainingModule', certificate.moduleSlug))}>{certificate.moduleTitle}</a> : certificate.moduleTitle}</dd>
          <dt>{t('training.certificate.issued')}</dt>
          <dd>
            <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
          </dd>
          {certificate.score !== null ? (
            <>
              <dt>{t('training.certificate.score')}</dt>
              <dd>{t('training.result.scoreShort', { score: certificate.score })}</dd>
            </>
          ) : null}
          <dt>{t('training.certificate.code')}</dt>
          <dd>
            <code className="certificate__code" dir="ltr">
              {certificate.code}
            </code>
          </dd>
        </dl>
        <svg className="certificate__qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t('training.certificate.qr')}>
          <path d={qr.path} fill="currentColor" shapeRendering="crispEdges" />
        </svg>
      </div>
      {certificate.revoked ? null : (
        <p>
          <a className="button" href={href(locale, certificatePdfPath(certificate.code))} download>
            {t('training.certificate.download')}
          </a>
        </p>
      )}
    </Layout>
  )
}
