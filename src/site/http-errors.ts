import { AppError, type AppErrorCode, isAppError } from '../content/app-error'
import type { Translate } from '../content/i18n/translate'

/**
 * Any error a request met, as an AppError: ours as they are; Fastify's own
 * (a body over the limit, a content type it cannot parse) by their status;
 * anything else is `internal`.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode
  const status = typeof statusCode === 'number' ? statusCode : 500
  const code: AppErrorCode =
    status === 413 ? 'too-large' : status === 429 ? 'rate-limited' : status === 403 ? 'forbidden' : status >= 400 && status < 500 ? 'invalid-input' : 'internal'
  return new AppError(code, { cause: error })
}

/** Where machines ask, errors are JSON; everywhere else they are the error page. */
export const wantsJson = (url: string) => url.startsWith('/api/')

/**
 * The JSON body of an error, in Payload's REST shape (`errors: [{ message }]`,
 * so /api answers alike whoever serves it) with the code, plus the error's
 * documented details.
 */
export function appErrorJson(error: AppError, t: Translate) {
  return { ...error.details, errors: [{ code: error.code, message: t(error.messageKey, error.params) }] }
}
