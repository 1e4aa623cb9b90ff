import type { ValidationError } from 'payload'
import type { z } from 'zod'
import type { Translate } from '../../content/i18n/translate'

export type FieldErrors = Record<string, string>

/** Zod issues carry message keys; here they become sentences in the page's language, one per field. */
export function fieldErrors(error: z.ZodError, t: Translate): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    // Our schemas give message keys ("form.error.email"); anything else is zod's own English.
    errors[field] ??= t(/^[a-z]+\.[\w.-]+$/.test(issue.message) ? issue.message : 'form.error.invalid')
  }
  return errors
}

/**
 * When the database refuses what the form accepted, the visitor still gets
 * the form back with the fields marked, not an error page; Payload's own
 * sentences are English, so each field gets the form's general one.
 */
export function storedFieldErrors(error: ValidationError, t: Translate): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.data.errors) errors[issue.path.split('.')[0] || 'form'] ??= t('form.error.invalid')
  return errors
}
