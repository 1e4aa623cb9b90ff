import type { ReactNode } from 'react'
import type { FieldErrors } from '../../../forms/field-errors'
import { type GuardFields, HONEYPOT_FIELD } from '../../../forms/guard'
import type { PageContext } from '../../context'

/** The errors at the top of the form, each linking to its field (GOV.UK pattern). */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: FieldErrors }) {
  const entries = Object.entries(errors)
  if (!entries.length) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{ctx.t('form.errorSummary')}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>{field === 'form' ? message : <a href={`#field-${field}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  )
}

type FieldProps = { name: string; label: string; hint?: string; error?: string; children: (describedBy: string | undefined) => ReactNode }

function Field({ name, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `hint-${name}` : null, error ? `error-${name}` : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={`field-${name}`}>{label}</label>
      {hint ? (
        <p className="hint" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={`error-${name}`}>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  )
}

type InputProps = {
  name: string
  label: string
  value?: string
  error?: string
  hint?: string
  type?: 'text' | 'email' | 'tel' | 'password'
  required?: boolean
  maxLength: number
  autoComplete?: string
  /** For a password: the labels of its "Show password" button, which password.js reveals. */
  reveal?: { show: string; hide: string }
}

export function TextInput({ name, label, value, error, hint, type = 'text', required, maxLength, autoComplete, reveal }: InputProps) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <>
          <input
            id={`field-${name}`}
            name={name}
            type={type}
            // Addresses and phone numbers read left to right in every language, Arabic included.
            dir={type === 'email' || type === 'tel' ? 'ltr' : undefined}
            defaultValue={value}
            required={required}
            maxLength={maxLength}
            autoComplete={autoComplete}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
          {type === 'password' && reveal ? (
            <button
              type="button"
              className="button button--secondary reveal"
              data-reveal=""
              data-show={reveal.show}
              data-hide={reveal.hide}
              aria-controls={`field-${name}`}
              aria-pressed="false"
              hidden
            >
              {reveal.show}
            </button>
          ) : null}
        </>
      )}
    </Field>
  )
}

export function TextArea({ name, label, value, error, hint, required, maxLength }: Omit<InputProps, 'type' | 'autoComplete'>) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={`field-${name}`}
          name={name}
          defaultValue={value}
          required={required}
          maxLength={maxLength}
          rows={8}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </Field>
  )
}

type Option = { value: string; label: ReactNode }

export function Choices({
  name,
  legend,
  options,
  selected,
  error,
  multiple,
}: {
  name: string
  legend: string
  options: Option[]
  selected: string[]
  error?: string
  multiple?: boolean
}) {
  return (
    <fieldset className={error ? 'form-group form-group--error' : 'form-group'} id={`field-${name}`} aria-describedby={error ? `error-${name}` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="error-message" id={`error-${name}`}>
          {error}
        </p>
      ) : null}
      {options.map((o) => (
        <div className="choice" key={o.value}>
          <input type={multiple ? 'checkbox' : 'radio'} id={`field-${name}-${o.value}`} name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
          <label htmlFor={`field-${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  )
}

/** The anti-abuse fields: CSRF token, signed start time, and a honeypot hidden from people. */
export function GuardInputs({ ctx, guard }: { ctx: PageContext; guard: GuardFields }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={guard._csrf} />
      <input type="hidden" name="_started" value={guard._started} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`field-${HONEYPOT_FIELD}`}>{ctx.t('form.honeypot')}</label>
        <input id={`field-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  )
}
