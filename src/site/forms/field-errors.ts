import type { FieldMessages } from '../../content/app-error'
import type { Translate } from '../../content/i18n/translate'

export type FieldErrors = Record<string, string>

/**
 * Services name the fields to mark with message keys (an AppError's
 * `fields`); here they become sentences in the page's language, one per field.
 */
export function fieldErrors(fields: FieldMessages, t: Translate): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, t(key)]))
}
