import type { ReactNode } from 'react'
import type { ContentPage as ContentPageData } from '../../../services/pages/get-page'
import { Breadcrumbs, type Crumb } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import { PageBlocks } from '../components/PageBlocks'
import type { PageContext } from '../context'

type Props = { ctx: PageContext; page: ContentPageData; jsonLd?: object[]; trail?: Crumb[]; children?: ReactNode }

/** An about page built from blocks in /admin; programme pages add their own lists after the blocks. */
export function ContentPage({ ctx, page, jsonLd, trail, children }: Props) {
  return (
    <Layout ctx={ctx} title={page.title} description={page.summary} jsonLd={jsonLd}>
      <Breadcrumbs ctx={ctx} trail={trail ?? (page.slug === 'about' ? [] : [{ label: ctx.t('nav.about'), path: '/about' }])} current={page.title} />
      <h1>{page.title}</h1>
      {page.summary ? <p className="lead">{page.summary}</p> : null}
      <PageBlocks ctx={ctx} blocks={page.blocks} />
      {children}
    </Layout>
  )
}
