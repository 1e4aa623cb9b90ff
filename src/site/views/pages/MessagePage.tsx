import type { ReactNode } from 'react'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { Layout } from '../components/Layout'
import type { PageContext } from '../context'

/** A simple outcome page: "message sent", "check your inbox", "you are unsubscribed". */
export function MessagePage({
  ctx,
  title,
  body,
  next,
  children,
}: {
  ctx: PageContext
  title: string
  body: string
  /** The step that follows, shown as the page's button. */
  next?: { href: string; label: string }
  children?: ReactNode
}) {
  return (
    <Layout ctx={ctx} title={title} indexable={false}>
      <Breadcrumbs ctx={ctx} trail={[]} current={title} />
      <div className="panel">
        <h1>{title}</h1>
        <p className="lead">{body}</p>
        {next ? (
          <p>
            <a className="button" href={next.href}>
              {next.label}
            </a>
          </p>
        ) : null}
      </div>
      {children}
    </Layout>
  )
}
