import type { z } from 'zod'

/**
 * The one vocabulary of failures the hub reports to a visitor or a client,
 * each with its HTTP status and the message key of its default sentence
 * (src/site/i18n/messages). This table is the only place a code becomes a
 * status; the HTTP layer (src/site/http-errors.ts) turns an AppError into
 * that status and a page or JSON in the asker's language.
 */
const vocabulary = {
  /** What was sent cannot be used: a malformed address or parameter, or a form with mistakes. */
  'invalid-input': { status: 400, message: 'error.invalidInput' },
  // The sign-in refusals: the form is shown again with the reason, as 400 like every form with errors.
  'invalid-credentials': { status: 400, message: 'account.wrongCredentials' },
  'account-locked': { status: 400, message: 'account.locked' },
  unverified: { status: 400, message: 'account.unverified' },
  /** The form's token is missing, tampered with or expired. */
  csrf: { status: 403, message: 'form.error.expired' },
  forbidden: { status: 403, message: 'error.forbiddenAction' },
  /** A page for hub members, asked for by a visitor who is not signed in as one: answered with the sign-in form. */
  'members-only': { status: 403, message: 'account.membersOnlyIntro' },
  'not-found': { status: 404, message: 'api.error.notFound' },
  'method-not-allowed': { status: 405, message: 'api.error.method' },
  'too-large': { status: 413, message: 'api.error.tooLarge' },
  'unsupported-media-type': { status: 415, message: 'error.contentType' },
  'rate-limited': { status: 429, message: 'error.rateLimited' },
  /** Anything not foreseen: the server's fault, never the asker's. */
  internal: { status: 500, message: 'error.internal' },
} as const satisfies Record<string, { status: number; message: string }>

export type AppErrorCode = keyof typeof vocabulary
export type AppErrorStatus = (typeof vocabulary)[AppErrorCode]['status']

export const appErrorCodes = Object.keys(vocabulary) as AppErrorCode[]

/** The HTTP status of a code. */
export function httpStatus(code: AppErrorCode): AppErrorStatus {
  return vocabulary[code].status
}

/** The message key of a code's own sentence. */
export function defaultMessageKey(code: AppErrorCode): string {
  return vocabulary[code].message
}

/** Message keys by field name; `form` is the form as a whole. */
export type FieldMessages = Record<string, string>

export type AppErrorOptions = {
  /** Message key of the sentence to show; the code's own sentence when absent. */
  message?: string
  /** What fills the sentence's {placeholders}. */
  params?: Record<string, string | number>
  /** For a form: the fields to mark, each with a message key. A form is shown again only for errors that carry them. */
  fields?: FieldMessages
  /** For a form: values to show again instead of what was typed (what the service normalised, e.g. an address). */
  values?: Record<string, string>
  /** For a JSON answer: documented machine-readable details, sent as they are next to the code and message. */
  details?: Record<string, unknown>
  cause?: unknown
}

/** A failure with a code from the vocabulary above, thrown by services and routes alike. */
export class AppError extends Error {
  readonly code: AppErrorCode
  readonly messageKey: string
  readonly params: Record<string, string | number>
  readonly fields?: FieldMessages
  readonly values?: Record<string, string>
  readonly details?: Record<string, unknown>

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    const messageKey = options.message ?? defaultMessageKey(code)
    super(`${code}: ${messageKey}`, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.messageKey = messageKey
    this.params = options.params ?? {}
    this.fields = options.fields
    this.values = options.values
    this.details = options.details
  }

  get status(): AppErrorStatus {
    return httpStatus(this.code)
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

// Our schemas give message keys ("form.error.email"); anything else is zod's own English.
const isMessageKey = (message: string) => /^[a-z]+\.[\w.-]+$/.test(message)

/** The first issue of each field, as a message key. */
export function fieldMessages(error: z.ZodError): FieldMessages {
  const fields: FieldMessages = {}
  for (const issue of error.issues) fields[String(issue.path[0] ?? 'form')] ??= isMessageKey(issue.message) ? issue.message : 'form.error.invalid'
  return fields
}

/** Parses input with a schema, or throws `invalid-input` with the fields to mark. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw new AppError('invalid-input', { fields: fieldMessages(parsed.error), cause: parsed.error })
  return parsed.data
}
