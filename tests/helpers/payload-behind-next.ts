import { handleEndpoints, type SanitizedConfig } from 'payload'
import type { NextHandler } from '../../src/http-app'

/**
 * Stands in for Next behind our server, for GET requests to the REST API,
 * without a build: the request goes to Payload's REST handler, as
 * src/app/(payload)/api/[...slug]/route.ts sends it, and the answer is copied
 * as Next's sendResponse copies it: a header already set in front of Next
 * (src/http-app.ts) stays, and the route's own one of that name is dropped.
 */
export function payloadBehindNext(config: SanitizedConfig): NextHandler {
  return async (req, res) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const response = await handleEndpoints({ config, request: new Request(`http://hub.test${req.url}`, { method: req.method, headers }) })
    res.statusCode = response.status
    response.headers.forEach((value, name) => {
      if (res.getHeader(name) === undefined) res.setHeader(name, value)
    })
    res.end(Buffer.from(await response.arrayBuffer()))
  }
}
