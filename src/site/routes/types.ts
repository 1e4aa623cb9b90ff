import type { Payload, TypedUser } from 'payload'
import type { ReactElement } from 'react'
import type { SiteAssets } from '../assets'
import type { PageContext } from '../views/context'

export type Viewer = { member: boolean; user: TypedUser | null }

export type PageRequest = {
  payload: Payload
  ctx: PageContext
  params: Record<string, string>
  query: Record<string, unknown>
  /** Signed-in network members and staff also see members-only content (and skip the shared cache). */
  viewer: Viewer
  assets: SiteAssets
}

/** A public page: its element, or null when there is nothing at that address. */
export type PageHandler = (request: PageRequest) => Promise<ReactElement | null>
