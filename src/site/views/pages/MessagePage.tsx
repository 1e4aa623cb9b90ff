import type { ReactNode } from 'react'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import type { PageContext } from '../context'

/** A simple outcome page: "message sent", "check your inbox", "you are unsubscribed". */
export function MessagePage({ ctx, title, body, children }: { ctx: PageContext; title: string; body: string; children?: ReactNode }) {
  return (
    <Layout ctx={ctx} title={title} indexable={false}>
      <Breadcrumbs ctx={ctx} trail={[]} current={title} />
      <div className="panel">
        <h1>{title}</h1>
        <p className="lead">{body}</p>
      </div>
      {children}
    </Layout>
  )
}
