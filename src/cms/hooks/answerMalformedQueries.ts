import type { AfterErrorHook } from 'payload'

// Query parameters that Payload turns into SQL; a value it cannot use there fails deep in the database layer.
const queryParams = ['where', 'sort', 'select', 'populate', 'joins']

/**
 * A REST read whose query Payload could not run (`where[createdAt][greater_than]=notadate`,
 * `where[latitude][near]=1,2,3`) fails without a status, as a 500. Such a
 * failure is the asker's query, not the server: answer 400, in the asker's
 * language (Payload picks it from Accept-Language), naming what to check.
 */
export const answerMalformedQueries: AfterErrorHook = ({ error, req }) => {
  if ((error as { status?: number }).status || req.method !== 'GET' || !req.url) return
  const asked = [...new URL(req.url).searchParams.keys()].map((key) => key.split('[')[0]).filter((key) => queryParams.includes(key))
  if (!asked.length) return
  return { status: 400, response: { errors: [{ message: req.t('error:invalidRequestArgs', { args: [...new Set(asked)].join(', ') }) }] } }
}
