import type { TestProject } from 'vitest/node'
import { startServer } from '../helpers/start-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    mailDir: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer()
  project.provide('baseURL', server.url)
  project.provide('mailDir', server.mailDir)
  return server.stop
}
