import type { FieldErrors } from '../../forms/field-errors'
import type { GuardFields } from '../../forms/guard'
import { TextInput } from '../components/Form'
import { href, type PageContext } from '../context'
import { FormPage } from './FormPage'

type Field = { name: string; type?: 'text' | 'email' | 'password'; label: string; hint?: string; autoComplete?: string; maxLength?: number; required?: boolean }

const emailField: Field = { name: 'email', type: 'email', label: 'form.email', autoComplete: 'email', maxLength: 254 }
const newPassword: Field = { name: 'password', type: 'password', label: 'account.newPassword', hint: 'account.passwordHint', autoComplete: 'new-password' }

/** The account forms of a visitor who is not signed in, and the one-button pages of mailed links. */
const forms = {
  register: [
    { name: 'name', label: 'form.name', autoComplete: 'name', maxLength: 120 },
    emailField,
    { name: 'organisation', label: 'form.organisationOptional', autoComplete: 'organization', required: false },
    { name: 'city', label: 'account.cityOptional', required: false, maxLength: 120 },
    newPassword,
  ],
  signIn: [emailField, { name: 'password', type: 'password', label: 'account.password', autoComplete: 'current-password' }],
  forgot: [emailField],
  reset: [newPassword],
  verify: [],
  confirmEmail: [],
} satisfies Record<string, Field[]>

export type AccountForm = keyof typeof forms

/** The names of a form's fields, which are what its POST reads. */
export const accountFormFields = (form: AccountForm): string[] => forms[form].map((f: Field) => f.name)

type Props = {
  ctx: PageContext
  form: AccountForm
  guard: GuardFields
  values: Record<string, string>
  errors: FieldErrors
  action: string
  /** Links to the other account forms (register, forgot, sign in) under the form. */
  links?: boolean
  /** Why the visitor is asked to sign in, when a members-only page brought them here: its title and intro replace the form's. */
  reason?: 'membersOnly'
}

/** One account form with its title, intro and fields; passwords are never shown again. */
export function AccountFormPage({ ctx, form, guard, values, errors, action, links = true, reason }: Props) {
  const { t } = ctx
  const heading = reason ?? form
  const reveal = { show: t('form.showPassword'), hide: t('form.hidePassword') }
  const others =
    form === 'signIn'
      ? [
          ['register', 'account.registerLink'],
          ['forgot', 'account.forgotLink'],
        ]
      : [['sign-in', 'account.signInLink']]
  const after = links ? (
    <ul className="inline-list">
      {others.map(([path, label]) => (
        <li key={path}>
          <a href={href(ctx.locale, `/account/${path}`)}>{t(label)}</a>
        </li>
      ))}
    </ul>
  ) : undefined
  return (
    <FormPage
      ctx={ctx}
      errors={errors}
      guard={guard}
      title={t(`account.${heading}Title`)}
      intro={<p className="lead">{t(`account.${heading}Intro`)}</p>}
      action={action}
      submit={t(`account.${form}Submit`)}
      after={after}
      scripts={forms[form].some((f: Field) => f.type === 'password') ? [ctx.passwordScript] : []}
    >
      {forms[form].map((f: Field) => (
        <TextInput
          key={f.name}
          name={f.name}
          type={f.type ?? 'text'}
          label={t(f.label)}
          hint={f.hint ? t(f.hint) : undefined}
          value={f.type === 'password' ? undefined : values[f.name]}
          error={errors[f.name]}
          required={f.required ?? true}
          maxLength={f.maxLength ?? 200}
          autoComplete={f.autoComplete}
          reveal={f.type === 'password' ? reveal : undefined}
        />
      ))}
    </FormPage>
  )
}
