import type { Payload } from 'payload'
import { copyTemplate, currentTemplate } from './template-databases'

/**
 * A real Payload on a real database: a copy of the run's template, the demo
 * network migrated, seeded and indexed (tests/int/global-setup.ts). SQLite
 * copies the file; on PostgreSQL the copy is a database of its own.
 */
export async function createTestPayload(): Promise<Payload> {
  const template = currentTemplate()
  if (!template) throw new Error('No template database: run the integration tests through vitest, whose global setup builds it.')
  const copy = await copyTemplate(template)
  Object.assign(process.env, copy.env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/cms/payload.config')
  return getPayload({ config })
}
