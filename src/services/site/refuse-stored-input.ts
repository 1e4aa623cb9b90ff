import { ValidationError } from 'payload'
import { AppError, type FieldMessages } from '../../content/app-error'

/**
 * When the database refuses what a form's schema accepted, the visitor still
 * gets the form back with the fields marked, not an error page: Payload's
 * ValidationError becomes `invalid-input`. Payload's own sentences are
 * English, so each field gets the form's general one. Anything else is
 * thrown again as it is.
 */
export function refuseStoredInput(error: unknown): never {
  if (!(error instanceof ValidationError)) throw error
  const fields: FieldMessages = {}
  for (const issue of error.data.errors) fields[issue.path.split('.')[0] || 'form'] ??= 'form.error.invalid'
  throw new AppError('invalid-input', { fields, cause: error })
}
