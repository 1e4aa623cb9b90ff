import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { hasControlCharacters } from '../../shared/stored-text'

// What the sign-in, forgotten-password and reset operations look an account up by.
const lookupFields = ['email', 'username', 'token'] as const

/**
 * No account has an address or token with a control character, and
 * PostgreSQL cannot even compare a NUL: Payload's lookup would fail as a 500.
 * Such a request is refused as the malformed input it is, in the asker's
 * language, before any lookup or rate-limit counter sees it.
 */
export const refuseControlCharacters: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword' && operation !== 'resetPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  const malformed = lookupFields.find((field) => typeof data?.[field] === 'string' && hasControlCharacters(data[field]))
  if (malformed) throw new APIError(req.t('error:invalidRequestArgs', { args: malformed }), 400, null, true)
  return args
}
