import type { ReactNode } from 'react'
import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { ErrorSummary, GuardInputs } from '../components/Form'
import { Layout } from '../components/Layout'
import type { PageContext } from '../context'

type Props = {
  ctx: PageContext
  title: string
  intro?: ReactNode
  action: string
  guard: GuardFields
  errors: FieldErrors
  submit: string
  children?: ReactNode
  after?: ReactNode
  scripts?: string[]
}

/** One guarded form with its error summary: the shape of every account page. */
export function FormPage({ ctx, title, intro, action, guard, errors, submit, children, after, scripts }: Props) {
  const hasErrors = Object.keys(errors).length > 0
  return (
    <Layout ctx={ctx} title={hasErrors ? `${ctx.t('form.errorPrefix')} ${title}` : title} indexable={false} scripts={scripts}>
      <Breadcrumbs ctx={ctx} trail={[]} current={title} />
      <h1>{title}</h1>
      {intro}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={action} className="form" noValidate>
        <GuardInputs ctx={ctx} guard={guard} />
        {children}
        <button type="submit" className="button">
          {submit}
        </button>
      </form>
      {after}
    </Layout>
  )
}
