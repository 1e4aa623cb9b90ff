import type { PageContext } from '../context'
import { href } from '../context'
import { Layout } from '../components/Layout'

const keys = {
  400: 'error.badRequest',
  403: 'error.forbidden',
  404: 'error.notFound',
  413: 'error.tooLarge',
  429: 'error.tooMany',
  500: 'error.server',
} as const

export type ErrorStatus = keyof typeof keys

export function ErrorPage({ ctx, status }: { ctx: PageContext; status: ErrorStatus }) {
  const { t } = ctx
  const title = t(`${keys[status]}.title`)
  return (
    <Layout ctx={ctx} title={title} indexable={false}>
      <h1>{title}</h1>
      <p className="lead">{t(`${keys[status]}.body`)}</p>
      <p><a href={href(ctx.locale, '/')}>{t('error.notFound.home')}</a></p>
    </Layout>
  )
}
