import type { Payload } from 'payload'
import type { ReactElement } from 'react'
import type { PageContext } from '../views/context'

export type PageRequest = {
  payload: Payload
  ctx: PageContext
  params: Record<string, string>
  query: Record<string, unknown>
}

/** A public page: its element, or null when there is nothing at that address. */
export type PageHandler = (request: PageRequest) => Promise<ReactElement | null>

/** Thrown when the address cannot be read; the visitor gets a 400 page in their language. */
export class BadRequestError extends Error {
  statusCode = 400
}
