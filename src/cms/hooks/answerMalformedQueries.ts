import type { AfterErrorHook } from 'payload'

// Query parameters that Payload turns into SQL; a value it cannot use there fails deep in the database layer.
const queryParams = ['where', 'sort', 'select', 'populate', 'joins']

/** Errors of reading what was sent: a body that is not JSON, a multipart body cut short, a %-escape that is not one. */
const isUnreadableInput = (error: Error) =>
  error instanceof SyntaxError || error instanceof URIError || /multipart|boundary|unexpected end of form|malformed part header/i.test(error.message)

/**
 * A REST request Payload could not run because of what it was sent fails
 * without a status, as a 500: a query it cannot turn into SQL
 * (`where[createdAt][greater_than]=notadate`, `where[latitude][near]=1,2,3`,
 * `where=%`) or a body it cannot read. Such a failure is the asker's input,
 * not the server: answer 400, in the asker's language (Payload picks it from
 * Accept-Language), naming what to check.
 */
export const answerMalformedQueries: AfterErrorHook = ({ error, req }) => {
  if ((error as { status?: number }).status || !req.url) return
  const asked = [...new URL(req.url).searchParams.keys()].map((key) => key.split('[')[0]).filter((key) => queryParams.includes(key))
  const unreadableBody = isUnreadableInput(error) && req.method !== 'GET'
  if (!asked.length && !unreadableBody) return
  const args = unreadableBody ? 'body' : [...new Set(asked)].join(', ')
  return { status: 400, response: { errors: [{ message: req.t('error:invalidRequestArgs', { args }) }] } }
}
