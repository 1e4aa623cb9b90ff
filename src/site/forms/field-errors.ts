import type { z } from 'zod'
import type { Translate } from '../i18n/translate'

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
