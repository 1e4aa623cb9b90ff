import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { buildHttpApp } from '../../src/http-app'
import { afterAll, beforeAll } from 'vitest'
import { useTempMailbox } from './mailbox'
import { createTestPayload } from './test-payload'

export type TestSite = {
  payload: Payload
  app: FastifyInstance
  get: (url: string, headers?: Record<string, string>) => Promise<{ status: number; body: string; headers: Record<string, unknown> }>
}

/** The public site over HTTP injection, on a database seeded with the demo network. */
export async function createTestSite(): Promise<TestSite> {
  const payload = await createTestPayload()
  const app = await buildHttpApp({ payload, origin: 'http://hub.test' })
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'GET', url, headers })
    return { status: res.statusCode, body: res.body, headers: res.headers }
  }
  return { payload, app, get }
}

/** Per test file: a mailbox folder for the .eml files, and the site on a fresh database. */
export function useTestSiteWithMailbox(): { site: TestSite; mailbox: string } {
  const env = {} as { site: TestSite; mailbox: string }
  beforeAll(async () => {
    env.mailbox = useTempMailbox()
    env.site = await createTestSite()
  })
  afterAll(async () => {
    await env.site?.app.close()
  })
  return env
}
