import type { PageContext } from '../context'
import { href } from '../context'
import { Layout } from '../components/Layout'
import { SiteSearch } from '../components/SiteSearch'

const keys = {
  400: 'error.badRequest',
  403: 'error.forbidden',
  404: 'error.notFound',
  413: 'error.tooLarge',
  429: 'error.tooMany',
  500: 'error.server',
} as const

export type ErrorStatus = keyof typeof keys

// Statuses with no page of their own (405, 415: what only machines meet) get the 400 page.
const keyOf = (status: number) => keys[status as ErrorStatus] ?? (status >= 500 ? keys[500] : keys[400])

/** `detail` is the sentence of the error itself (a message key), when it says more than the status's page. */
export function ErrorPage({ ctx, status, detail }: { ctx: PageContext; status: number; detail?: string }) {
  const { t } = ctx
  const key = keyOf(status)
  const title = t(`${key}.title`)
  return (
    <Layout ctx={ctx} title={title} indexable={false}>
      <h1>{title}</h1>
      <p className="lead">{t(`${key}.body`)}</p>
      {detail ? <p>{t(detail)}</p> : null}
      {status === 404 ? <SiteSearch ctx={ctx} place="page" /> : null}
      <p>
        <a href={href(ctx.locale, '/')}>{t('error.notFound.home')}</a>
      </p>
    </Layout>
  )
}
